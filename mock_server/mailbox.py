"""The mock's mailbox: an embedded SMTP sink, and a Mailpit-shaped REST API over what it received.

`SmtpSink` is a real SMTP server (aiosmtpd) that stores every message it accepts in the
`mail_message` table. It answers 250 only once the message is committed, so a client whose
`send_message` has returned can read the message at once: tests never need to sleep or poll.

`bp` serves that table under `/mailbox/api/v1` with the endpoints, field names and JSON shapes
of Mailpit's REST API v1 (https://mailpit.axllent.org/docs/api-v1/; checked against the
`server/apiv1` and `internal/storage` code of github.com/axllent/mailpit), so one harness-side
client reads either this mailbox (base URL `http://host:port/mailbox`) or a real Mailpit
(`http://mailpit:8025`):

- `GET    /messages?start=&limit=`        summaries, newest first
- `DELETE /messages`                      body `{"IDs": [...]}`; no body or no IDs: delete all
- `GET    /message/<ID>`                  the full message (Text, HTML, ...); marks it read
- `GET    /message/<ID>/raw`              the source as text/plain (`?dl=1` as an .eml download)
- `GET    /message/<ID>/headers`          headers as `{"Name": ["value", ...]}`
- `GET    /message/<ID>/part/<PartID>`    one MIME part (attachments, inline images)
- `GET    /search?query=&start=&limit=`   Mailpit's search syntax, shaped like /messages
- `DELETE /search?query=`                 delete what a search finds

`<ID>` may be `latest` (optionally with `?query=` to take the newest match), as in Mailpit.
Like Mailpit, the sink adds `Return-Path` from the envelope sender, a `Message-ID` if there is
none, and a `Bcc` header for envelope recipients the headers do not name.

Where this mailbox knowingly differs from Mailpit: errors are JSON (`{"Error": ..., "error": ...,
"detail": ..., "status": ...}`, Mailpit answers plain text), a malformed `start`/`limit` is a 400
(Mailpit silently falls back to 0/50), a malformed `DELETE /messages` body is a 400 (Mailpit
then deletes everything), there are no tags (`tags`/`Tags` are always empty), and dates in
`before:`/`after:` searches are ISO 8601 only, read in UTC unless `?tz=` names a zone.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import hashlib
import json
import logging
import re
import secrets
import socket
import sqlite3
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from flask import Blueprint, Response, request

from . import db

log = logging.getLogger(__name__)

API_PREFIX = "/mailbox/api/v1"
DEFAULT_LIMIT = 50  # Mailpit's default page size
MAX_PAGE_NUMBER = 2**31 - 1
SNIPPET_LIMIT = 200  # bytes of UTF-8, as Mailpit
SMTP_BANNER_HOSTNAME = "mailbox.billing-mock"

_COLUMNS = "id, message_id, sender, recipients, subject, created_at, size, is_read, raw"
_NEWEST_FIRST = "ORDER BY created_at DESC, rowid DESC"


# --------------------------------------------------------------------------------------------
# The SMTP sink


class SmtpSink:
    """An embedded SMTP server that stores every message it accepts in `mail_message`.

    The table must exist (`db.init_schema`). Each message is written on a worker thread with
    its own connection inside a write transaction, so the sink can run while request threads
    read and delete. Usable as a context manager.
    """

    def __init__(self, db_path: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.db_path = Path(db_path)
        self.host = host
        self.port = port
        self._controller: _BoundController | None = None
        self._address: tuple[str, int] | None = None
        self._lock = threading.Lock()

    @property
    def address(self) -> tuple[str, int]:
        """The (host, port) the running sink listens on."""
        if self._address is None:
            raise RuntimeError("the SMTP sink is not running")
        return self._address

    def start(self) -> tuple[str, int]:
        """Bind, start serving, and return the bound (host, port) once connections are accepted.

        With port 0 the operating system picks a free port. The socket is bound here and handed
        to the server, so no other process can take the port in between.
        """
        with self._lock:
            if self._controller is not None:
                raise RuntimeError(f"the SMTP sink is already running on {self._address}")
            self._check_schema()
            sock = _bind(self.host, self.port)
            host, port = sock.getsockname()[:2]
            controller = _BoundController(_SinkHandler(self._store), sock, server_hostname=SMTP_BANNER_HOSTNAME)
            try:
                # Returns only after it connected to the server and read its greeting.
                controller.start()
            except BaseException:
                _abandon(controller)
                sock.close()
                raise
            self._controller = controller
            self._address = (str(host), int(port))
            log.info("SMTP sink listening on %s:%d, storing into %s", host, port, self.db_path)
            return self._address

    def stop(self) -> None:
        """Stop serving and release the port. Stopping a stopped sink does nothing."""
        with self._lock:
            controller, self._controller, self._address = self._controller, None, None
            if controller is not None:
                controller.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _check_schema(self) -> None:
        hint = "create the schema first (db.init_schema)"
        if not self.db_path.is_file():
            raise RuntimeError(f"SMTP sink: no database at {self.db_path}; {hint}")
        conn = db.connect(self.db_path)
        try:
            conn.execute("SELECT 1 FROM mail_message LIMIT 0")
        except sqlite3.OperationalError as exc:
            raise RuntimeError(f"SMTP sink: {self.db_path} has no mail_message table; {hint}") from exc
        finally:
            conn.close()

    def _store(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> str:
        """Write one received message; runs on a worker thread. Returns the new database ID."""
        raw = _complete_headers(data, mail_from, rcpt_tos)
        message = _parse(raw)
        mail_id = _new_id()
        conn = db.connect(self.db_path)
        try:
            with db.transaction(conn):
                conn.execute(
                    f"INSERT INTO mail_message ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",  # noqa: S608
                    (
                        mail_id,
                        _header(message, "Message-ID").strip("<> "),
                        mail_from,
                        json.dumps(rcpt_tos),
                        _header(message, "Subject"),
                        _now_iso(),
                        len(raw),
                        raw,
                    ),
                )
        finally:
            conn.close()
        return mail_id


class _SinkHandler:
    """aiosmtpd handler: store on a worker thread, and answer 250 only once stored."""

    def __init__(self, store: Callable[[str, list[str], bytes], str]) -> None:
        self._store = store

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        data = envelope.original_content or b""
        mail_from = envelope.mail_from or ""
        try:
            mail_id = await asyncio.to_thread(self._store, mail_from, list(envelope.rcpt_tos), data)
        except Exception:
            log.exception("SMTP sink: could not store a message from %r", mail_from)
            return "451 4.3.0 Requested action aborted: the mailbox could not store the message"
        return f"250 2.0.0 OK: queued as {mail_id}"


class _BoundController(Controller):
    """aiosmtpd's Controller serving on a socket bound beforehand (so port 0 works, race free)."""

    def __init__(self, handler: _SinkHandler, sock: socket.socket, **smtp_parameters: Any) -> None:
        host, port = sock.getsockname()[:2]
        super().__init__(handler, hostname=host, port=port, **smtp_parameters)
        self._sock = sock

    def _create_server(self) -> Awaitable[asyncio.AbstractServer]:
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _name, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise OSError(exc.errno, f"SMTP sink cannot listen on {host}:{port}: {exc.strerror}") from exc
    return sock


def _abandon(controller: _BoundController) -> None:
    """Best-effort cleanup of a controller whose start() failed."""
    try:
        controller.stop(no_assert=True)
    except Exception:
        log.debug("SMTP sink: error while cleaning up a failed start", exc_info=True)
    if not controller.loop.is_running() and not controller.loop.is_closed():
        controller.loop.close()


def _complete_headers(data: bytes, mail_from: str, rcpt_tos: list[str]) -> bytes:
    """What Mailpit adds on receipt: Return-Path, a missing Message-ID, Bcc for unnamed recipients."""
    raw = data.replace(b"\r\r\n", b"\r\n")
    headers = email.message_from_bytes(raw[: _header_end(raw)], policy=email.policy.compat32)
    if (headers.get("Return-Path") or "").strip().strip("<>") != mail_from:
        raw = _set_header(raw, "Return-Path", f"<{mail_from}>")
    if not (headers.get("Message-ID") or "").strip():
        raw = _set_header(raw, "Message-ID", f"<{_new_id()}@{SMTP_BANNER_HOSTNAME}>")
    named = {
        addr.lower()
        for _name, addr in getaddresses(
            [*headers.get_all("To", []), *headers.get_all("Cc", []), *headers.get_all("Bcc", [])]
        )
    }
    missing = [rcpt for rcpt in rcpt_tos if rcpt.lower() not in named]
    if missing:
        bcc = ", ".join([*(_unfold(str(v)) for v in headers.get_all("Bcc", [])), *missing])
        raw = _set_header(raw, "Bcc", bcc)
    return raw


def _header_end(raw: bytes) -> int:
    """Offset just past the last header line (where the blank line starts; the whole message if none)."""
    if raw.startswith((b"\r\n", b"\n")):
        return 0
    ends = []
    if (crlf := raw.find(b"\r\n\r\n")) >= 0:
        ends.append(crlf + 2)
    if (lf := raw.find(b"\n\n")) >= 0:
        ends.append(lf + 1)
    return min(ends, default=len(raw))


def _set_header(raw: bytes, name: str, value: str) -> bytes:
    """Replace the first `name` header (with its continuation lines), or prepend one."""
    end = _header_end(raw)
    prefix = name.lower().encode("ascii") + b":"
    new_line = f"{name}: {value}\r\n".encode()
    lines: list[bytes] = []
    replaced = skipping = False
    for line in raw[:end].splitlines(keepends=True):
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = False
        if not replaced and line.lower().startswith(prefix):
            lines.append(new_line)
            replaced = skipping = True
            continue
        lines.append(line)
    if not replaced:
        lines.insert(0, new_line)
    return b"".join(lines) + raw[end:]


def _new_id() -> str:
    """A short, URL-safe, unique database ID (Mailpit uses 22-character short UUIDs)."""
    return secrets.token_urlsafe(16)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------------------------
# Reading messages


def _parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def _text(value: object) -> str:
    """A str fit for JSON: raw 8-bit header bytes (surrogate escapes) read as UTF-8."""
    text = str(value)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]*", " ", value).strip()


def _header(message: Message, name: str) -> str:
    """A header's decoded value, "" when missing or unparsable (mail from outside may be anything)."""
    try:
        value = message.get(name)
    except Exception:
        return ""
    return "" if value is None else _text(_unfold(str(value)))


def _addresses(message: EmailMessage, name: str) -> list[dict[str, str]]:
    """A header's addresses as Mailpit's (Go's mail.Address) JSON: [{"Name": .., "Address": ..}]."""
    found: list[dict[str, str]] = []
    try:
        for value in message.get_all(name, []):
            for address in getattr(value, "addresses", ()):
                found.append({"Name": _text(address.display_name), "Address": _text(address.addr_spec)})
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


def _clean(text: str) -> str:
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


def _payload_bytes(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner_message = inner[0] if isinstance(inner, list) and inner else None
        return inner_message.as_bytes() if isinstance(inner_message, Message) else b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


class _Mail:
    """One stored message, parsed on demand into Mailpit's fields."""

    def __init__(self, row: sqlite3.Row) -> None:
        self.id: str = row["id"]
        self.message_id: str = row["message_id"]
        self.subject: str = row["subject"]
        self.created_at: str = row["created_at"]
        self.size: int = int(row["size"])
        self.read: bool = bool(row["is_read"])
        self.raw: bytes = bytes(row["raw"])

    @cached_property
    def message(self) -> EmailMessage:
        return _parse(self.raw)

    @cached_property
    def sender(self) -> dict[str, str]:
        found = _addresses(self.message, "From")
        if found:
            return found[0]
        return {"Name": _header(self.message, "From"), "Address": ""}

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
    def _parts(self) -> tuple[list[tuple[str, EmailMessage]], list[tuple[str, EmailMessage]]]:
        """(attachments, inline parts), each as (PartID, part)."""
        bodies = {id(part) for part in self._body_parts if part is not None}
        attachments: list[tuple[str, EmailMessage]] = []
        inline: list[tuple[str, EmailMessage]] = []
        try:
            for part_id, part in _leaves(self.message):
                if id(part) in bodies:
                    continue
                disposition = part.get_content_disposition()
                named = bool(part.get_filename() or _content_id(part))
                if disposition == "attachment":
                    attachments.append((part_id, part))
                elif named and (disposition == "inline" or _content_id(part)):
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
        value = _header(self.message, "Date")
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
        words = [_header(self.message, name) for name in names]
        words.append(_strip_html(self.html, include_links=True) if self.html else self.text)
        words.extend(part.get_filename() or "" for _pid, part in self._parts[0])
        return _clean(" ".join(words))

    def address_text(self, header: str) -> str:
        found = [self.sender] if header == "From" else self.recipients(header)
        return " ".join(f"{a['Name']} {a['Address']}" for a in found).casefold()

    def summary(self) -> dict[str, Any]:
        """Mailpit's MessageSummary (storage.MessageSummary, as listed by GET /messages)."""
        attachments, _inline = self._parts
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
        attachments, inline = self._parts
        return_path = _header(self.message, "Return-Path").strip("<> ") or self.sender["Address"]
        unsubscribe = _header(self.message, "List-Unsubscribe")
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
                "HeaderPost": _header(self.message, "List-Unsubscribe-Post"),
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
        head = self.raw[: _header_end(self.raw)]
        raw_headers = email.message_from_bytes(head, policy=email.policy.compat32)
        for name, value in raw_headers.items():
            key = "-".join(word.capitalize() for word in name.split("-"))
            found.setdefault(key, []).append(_text(_unfold(str(value))))
        return dict(sorted(found.items()))


def _content_id(part: EmailMessage) -> str:
    return _header(part, "Content-ID").strip("<> ")


def _attachment_json(part_id: str, part: EmailMessage) -> dict[str, Any]:
    content = _payload_bytes(part)
    return {
        "PartID": part_id,
        "FileName": _text(part.get_filename() or ""),
        "ContentType": part.get_content_type(),
        "ContentID": _content_id(part),
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


# --------------------------------------------------------------------------------------------
# Search (Mailpit's syntax: https://mailpit.axllent.org/docs/usage/search-filters/)

_Predicate = Callable[[_Mail], bool]
_ADDRESS_FILTERS = {"to:": "To", "from:": "From", "cc:": "Cc", "bcc:": "Bcc", "reply-to:": "Reply-To"}
_SIZE_RE = re.compile(r"^(\d+)(\.\d+)?\s?([a-z]{1,2})?$")


def _split_query(query: str) -> list[str]:
    """Mailpit's ArgsParser: split on spaces outside double quotes, then drop the quotes."""
    args: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in query:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == " " and not quoted:
            args.append("".join(current))
            current = []
        else:
            current.append(ch)
    args.append("".join(current))
    return [stripped for arg in args if (stripped := arg.replace('"', "").strip())]


def _compile_search(query: str, zone: tzinfo) -> list[_Predicate]:
    """One predicate per term; a message matches when all do (terms are ANDed)."""
    predicates: list[_Predicate] = []
    for term in _split_query(query):
        if not _clean(term):
            continue
        exclude = len(term) > 1 and term[0] in "-!"
        if exclude:
            term = term[1:]
        predicate = _term_predicate(term, zone)
        if predicate is not None:
            predicates.append(_negate(predicate) if exclude else predicate)
    return predicates


def _negate(predicate: _Predicate) -> _Predicate:
    return lambda mail: not predicate(mail)


def _term_predicate(term: str, zone: tzinfo) -> _Predicate | None:
    lower = term.lower()
    for prefix, header in _ADDRESS_FILTERS.items():
        if lower.startswith(prefix):
            return _address_predicate((header,), _clean(term[len(prefix) :]))
    if lower.startswith("addressed:"):
        return _address_predicate(("To", "From", "Cc", "Bcc", "Reply-To"), _clean(term[10:]))
    if lower.startswith("subject:"):
        words = term[8:].casefold()
        return (lambda mail: words in mail.subject.casefold()) if words else None
    if lower.startswith("message-id:"):
        message_id = _clean(term[11:])
        return (lambda mail: message_id in mail.message_id.casefold()) if message_id else None
    if lower.startswith("tag:"):
        return (lambda mail: False) if _clean(term[4:]) else None  # this mailbox has no tags
    flags: dict[str, _Predicate] = {
        "is:read": lambda mail: mail.read,
        "is:unread": lambda mail: not mail.read,
        "is:tagged": lambda mail: False,
        "has:attachment": lambda mail: bool(mail._parts[0]),
        "has:attachments": lambda mail: bool(mail._parts[0]),
        "has:inline": lambda mail: bool(mail._parts[1]),
        "has:inlines": lambda mail: bool(mail._parts[1]),
    }
    if lower in flags:
        return flags[lower]
    if lower.startswith(("after:", "before:")):
        after = lower.startswith("after:")
        moment = _parse_moment(term[6 if after else 7 :], zone)
        if moment is None:
            return None  # Mailpit ignores a date it cannot read
        if after:
            return lambda mail: _created(mail) >= moment
        return lambda mail: _created(mail) <= moment
    if lower.startswith("larger:") and (larger := _size_to_bytes(_clean(term[7:]))) > 0:
        return lambda mail: mail.size > larger
    if lower.startswith("smaller:") and (smaller := _size_to_bytes(_clean(term[8:]))) > 0:
        return lambda mail: mail.size < smaller
    words = _clean(term)
    return lambda mail: words in mail.search_text


def _address_predicate(headers: tuple[str, ...], words: str) -> _Predicate | None:
    if not words:
        return None
    return lambda mail: any(words in mail.address_text(header) for header in headers)


def _created(mail: _Mail) -> datetime:
    return datetime.fromisoformat(mail.created_at)


def _parse_moment(value: str, zone: tzinfo) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip().upper())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _size_to_bytes(value: str) -> int:
    match = _SIZE_RE.match(value.lower())
    if match is None:
        return 0
    number = float(match[1] + (match[2] or ""))
    unit = match[3] or ""
    factors = {"": 1, "k": 1024, "kb": 1024, "m": 1024 * 1024, "mb": 1024 * 1024}
    return int(number * factors[unit]) if unit in factors else 0


# --------------------------------------------------------------------------------------------
# The REST API

bp = Blueprint("mailbox", __name__, url_prefix=API_PREFIX)


class MailboxApiError(Exception):
    """A request the mailbox API refuses; answered as JSON with its status code."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@bp.errorhandler(MailboxApiError)
def _api_error(error: MailboxApiError) -> Response:
    name = {400: "Bad Request", 404: "Not Found"}.get(error.status, "Error")
    return _json(
        # "Error" as Mailpit's JSON errors; error/detail/status as the rest of the mock's JSON APIs.
        {"Error": error.message, "error": name, "detail": error.message, "status": error.status},
        error.status,
    )


@bp.get("/messages")
def list_messages() -> Response:
    start, limit = _start_limit()
    conn = db.get_db()
    with _snapshot(conn):
        total, unread = _stats(conn)
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM mail_message {_NEWEST_FIRST} LIMIT ? OFFSET ?",  # noqa: S608
            (limit or -1, start),
        ).fetchall()
    messages = [_Mail(row).summary() for row in rows]
    return _json(_messages_summary(total, unread, start, messages, total, unread))


@bp.delete("/messages")
def delete_messages() -> Response:
    ids = _ids_from_body()
    conn = db.get_db()
    with db.transaction(conn):
        if ids:
            conn.executemany("DELETE FROM mail_message WHERE id = ?", [(i,) for i in ids])
        else:
            conn.execute("DELETE FROM mail_message")
    return _ok()


@bp.get("/message/<string:message_id>")
def get_message(message_id: str) -> Response:
    conn = db.get_db()
    mail = _load(conn, message_id)
    body = mail.full()
    if not mail.read:
        with db.transaction(conn):
            conn.execute("UPDATE mail_message SET is_read = 1 WHERE id = ?", (mail.id,))
    return _json(body)


@bp.get("/message/<string:message_id>/raw")
def get_raw(message_id: str) -> Response:
    mail = _load(db.get_db(), message_id)
    response = Response(mail.raw, content_type="text/plain; charset=utf-8")
    if request.args.get("dl") == "1":
        response.headers["Content-Disposition"] = f'attachment; filename="{mail.id}.eml"'
    return response


@bp.get("/message/<string:message_id>/headers")
def get_headers(message_id: str) -> Response:
    return _json(_load(db.get_db(), message_id).headers())


@bp.get("/message/<string:message_id>/part/<string:part_id>")
def get_part(message_id: str, part_id: str) -> Response:
    mail = _load(db.get_db(), message_id)
    part = mail.part(part_id)
    if part is None:
        raise MailboxApiError(404, f"message {mail.id} has no part {part_id!r}")
    content_type = part.get_content_type()
    disposition = "inline"
    # As Mailpit: never let a browser render a part that could run script on this origin.
    if content_type in {"text/html", "text/xml", "application/xhtml+xml", "image/svg+xml", "application/xml"}:
        content_type, disposition = "application/octet-stream", "attachment"
    file_name = part.get_filename() or _content_id(part) or f"part-{part_id}"
    response = Response(_payload_bytes(part), content_type=content_type)
    response.headers["Content-Disposition"] = f'{disposition}; filename="{quote(_text(file_name))}"'
    return response


@bp.get("/search")
def search_messages() -> Response:
    query = _query()
    start, limit = _start_limit()
    conn = db.get_db()
    with _snapshot(conn):
        total, unread = _stats(conn)
        found = _search(conn, query)
    page = found[start : start + limit] if limit else found[start:]
    found_unread = sum(1 for mail in found if not mail.read)
    messages = [mail.summary() for mail in page]
    return _json(_messages_summary(total, unread, start, messages, len(found), found_unread))


@bp.delete("/search")
def delete_search() -> Response:
    query = _query()
    conn = db.get_db()
    with db.transaction(conn):
        ids = [mail.id for mail in _search(conn, query)]
        conn.executemany("DELETE FROM mail_message WHERE id = ?", [(i,) for i in ids])
    return _ok()


def _json(payload: Any, status: int = 200) -> Response:
    return Response(json.dumps(payload), status=status, mimetype="application/json")


def _ok() -> Response:
    return Response("ok", content_type="text/plain")


def _messages_summary(
    total: int, unread: int, start: int, messages: list[dict[str, Any]], matched: int, matched_unread: int
) -> dict[str, Any]:
    """Mailpit's MessagesSummary."""
    return {
        "total": total,
        "unread": unread,
        "count": len(messages),
        "messages_count": matched,
        "messages_unread": matched_unread,
        "start": start,
        "tags": [],
        "messages": messages,
    }


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """A read transaction, so counts and rows come from the same state of the mailbox."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _stats(conn: sqlite3.Connection) -> tuple[int, int]:
    row = conn.execute("SELECT COUNT(*) AS total, COALESCE(SUM(is_read = 0), 0) AS unread FROM mail_message").fetchone()
    return int(row["total"]), int(row["unread"])


def _search(conn: sqlite3.Connection, query: str) -> list[_Mail]:
    predicates = _compile_search(query, _zone())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM mail_message {_NEWEST_FIRST}").fetchall()  # noqa: S608
    mails = (_Mail(row) for row in rows)
    return [mail for mail in mails if all(predicate(mail) for predicate in predicates)]


def _load(conn: sqlite3.Connection, message_id: str) -> _Mail:
    if message_id == "latest":
        query = request.args.get("query", "").strip()
        if query:
            found = _search(conn, query)
            if not found:
                raise MailboxApiError(404, f"no message matches the search {query!r}")
            return found[0]
        row = conn.execute(f"SELECT {_COLUMNS} FROM mail_message {_NEWEST_FIRST} LIMIT 1").fetchone()  # noqa: S608
        if row is None:
            raise MailboxApiError(404, "the mailbox is empty: there is no latest message")
        return _Mail(row)
    row = conn.execute(f"SELECT {_COLUMNS} FROM mail_message WHERE id = ?", (message_id,)).fetchone()  # noqa: S608
    if row is None:
        raise MailboxApiError(404, f"no message with ID {message_id!r}")
    return _Mail(row)


def _query() -> str:
    query = request.args.get("query", "").strip()
    if not query:
        raise MailboxApiError(400, "Error: no search query (give ?query=...)")
    return query


def _zone() -> tzinfo:
    name = request.args.get("tz", "").strip()
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return UTC  # Mailpit ignores an unknown zone


def _start_limit() -> tuple[int, int]:
    return _count_arg("start", 0), _count_arg("limit", DEFAULT_LIMIT)


def _count_arg(name: str, default: int) -> int:
    value = request.args.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise MailboxApiError(400, f"{name} must be a whole number, not {value!r}") from None
    if not 0 <= number <= MAX_PAGE_NUMBER:
        raise MailboxApiError(400, f"{name} must be from 0 to {MAX_PAGE_NUMBER}, not {number}")
    return number


def _ids_from_body() -> list[str]:
    """The IDs of a DELETE /messages body; [] (delete all) for no body or no IDs."""
    body = request.get_data()
    if not body.strip():
        return []
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MailboxApiError(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise MailboxApiError(400, 'the body must be a JSON object like {"IDs": ["..."]}')
    ids = data.get("IDs")
    if ids is None:
        return []
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise MailboxApiError(400, "IDs must be a list of message IDs (strings)")
    return ids
