"""The mailbox's SMTP sink: an embedded aiosmtpd server that stores every message it accepts.

Messages go into the `mail_message` table (`data.mail`). The sink answers 250 only once the
message is committed, so a client whose `send_message` has returned can read the message at
once: tests never need to sleep or poll. Like Mailpit, it adds `Return-Path` from the envelope
sender, a `Message-ID` if there is none, and a `Bcc` header for envelope recipients the headers
do not name. Like Mailpit with --ignore-duplicate-ids (the default here), a message whose
Message-ID the mailbox already holds is accepted and dropped: the outbox's retry of a message
whose first delivery was not recorded (a crash in between) leaves one copy.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import logging
import secrets
import socket
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import getaddresses
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from .. import db
from ..data import mail
from .messages import header_end, header_value, parse, unfold

log = logging.getLogger(__name__)

SMTP_BANNER_HOSTNAME = "mailbox.billing-mock"


class SmtpSink:
    """An embedded SMTP server that stores every message it accepts in `mail_message`.

    The table must exist (`db.init_schema`). Each message is written on a worker thread with
    its own connection inside a write transaction, so the sink can run while request threads
    read and delete. Usable as a context manager.
    """

    def __init__(
        self, db_path: Path, host: str = "127.0.0.1", port: int = 0, *, ignore_duplicate_ids: bool = True
    ) -> None:
        self.db_path = Path(db_path)
        self.ignore_duplicate_ids = ignore_duplicate_ids
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
            if not mail.has_mail_table(conn):
                raise RuntimeError(f"SMTP sink: {self.db_path} has no mail_message table; {hint}")
        finally:
            conn.close()

    def _store(self, mail_from: str, rcpt_tos: list[str], data: bytes) -> str:
        """Write one received message; runs on a worker thread. Returns the new database ID."""
        raw = _complete_headers(data, mail_from, rcpt_tos)
        message = parse(raw)
        mail_id = _new_id()
        message_id = header_value(message, "Message-ID").strip("<> ")
        conn = db.connect(self.db_path)
        try:
            with db.transaction(conn):
                if self.ignore_duplicate_ids and (held := mail.id_of_message_id(conn, message_id)) is not None:
                    log.info("SMTP sink: %s is held already as %s, dropped", message_id, held)
                    return held
                mail.insert_mail(
                    conn,
                    mail_id=mail_id,
                    message_id=message_id,
                    sender=mail_from,
                    recipients=rcpt_tos,
                    subject=header_value(message, "Subject"),
                    created_at=_now_iso(),
                    raw=raw,
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
    headers = email.message_from_bytes(raw[: header_end(raw)], policy=email.policy.compat32)
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
        bcc = ", ".join([*(unfold(str(v)) for v in headers.get_all("Bcc", [])), *missing])
        raw = _set_header(raw, "Bcc", bcc)
    return raw


def _set_header(raw: bytes, name: str, value: str) -> bytes:
    """Replace the first `name` header (with its continuation lines), or prepend one."""
    end = header_end(raw)
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
