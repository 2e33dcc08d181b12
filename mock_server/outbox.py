"""The outbox: each email the mock sends is stored with what it confirms, then delivered until taken.

`enqueue` writes a built message into the `outbox` table on the caller's connection, inside the
transaction of the order or trial it is about: the email is committed with it or not at all.
After the commit the request delivers it at once (`deliver_one`), the normal, fast path; what
that attempt does not deliver (SMTP down or slow, the process killed) the `Sender` thread of the
server process retries with exponential backoff, also after a restart on the same file.

Exactly once: the Message-ID is fixed when the message is built and stored, so a retry of a
message the server took but whose acceptance was not recorded (a kill in between) carries the
same Message-ID, and the mailbox keeps one copy (the embedded sink drops a Message-ID it already
holds, as Mailpit does with --ignore-duplicate-ids).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from sqlite3 import Connection

from . import db
from .data import outbox
from .mailer import (
    SMTP_TIMEOUT_SECONDS,
    MailDeliveryError,
    as_smtp_bytes,
    deliver,
    envelope_recipients,
    envelope_sender,
)

log = logging.getLogger(__name__)

# Where the server process keeps its Sender: `app.extensions[EXTENSION]`.
EXTENSION = "billing_mock_outbox"
# A claim outlives the longest delivery attempt, so no second sender takes a message in flight.
CLAIM_SECONDS = 3 * SMTP_TIMEOUT_SECONDS
# The sender looks at the table at least this often, so a message another process queued is seen.
IDLE_SECONDS = 1.0


@dataclass(frozen=True)
class Backoff:
    """Delay before retry n (1, 2, ...): first_seconds doubled each time, never above max_seconds."""

    first_seconds: float = 0.25
    max_seconds: float = 5.0

    def delay(self, attempts: int) -> timedelta:
        return timedelta(seconds=min(self.first_seconds * 2 ** max(attempts - 1, 0), self.max_seconds))


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    timeout: float = SMTP_TIMEOUT_SECONDS


def now_iso(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).isoformat(timespec="microseconds")


def enqueue(conn: Connection, message: EmailMessage, about: str) -> str:
    """Store `message` for delivery on `conn` (call inside the transaction it belongs to); its Message-ID."""
    message_id = str(message["Message-ID"])
    outbox.insert_outgoing(
        conn,
        message_id=message_id.strip("<> "),
        about=about,
        mail_from=envelope_sender(message),
        rcpt_to=envelope_recipients(message),
        raw=as_smtp_bytes(message),
        now=now_iso(),
    )
    return message_id


def deliver_one(conn: Connection, smtp: Smtp, backoff: Backoff, message_id: str | None = None) -> bool | None:
    """Claim one due message (this one, or the one due first) and try it once.

    True: delivered; False: failed, scheduled again; None: nothing to claim (delivered already,
    claimed by another sender, or not due). `conn` must be in autocommit mode, outside a transaction.
    """
    started = datetime.now(UTC)
    claimed = outbox.claim(
        conn,
        now_iso(started),
        now_iso(started + timedelta(seconds=CLAIM_SECONDS)),
        message_id and message_id.strip("<> "),
    )
    if claimed is None:
        return None
    try:
        deliver(smtp.host, smtp.port, claimed.mail_from, claimed.rcpt_to, claimed.raw, timeout=smtp.timeout)
    except MailDeliveryError as error:
        retry_at = datetime.now(UTC) + backoff.delay(claimed.attempts + 1)
        outbox.mark_failed(conn, claimed.id, now_iso(retry_at), str(error))
        log.warning(
            "email %s not delivered (attempt %d), retrying at %s: %s",
            claimed.message_id,
            claimed.attempts + 1,
            now_iso(retry_at),
            error,
        )
        return False
    outbox.mark_delivered(conn, claimed.id, now_iso())
    return True


class Sender:
    """The server process's background sender: delivers every due message, retries, resumes on start."""

    def __init__(self, database: Path, smtp: Smtp, backoff: Backoff | None = None) -> None:
        self.database = database
        self.smtp = smtp
        self.backoff = backoff or Backoff()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> int:
        """Release the claims a killed process left, start the thread; how many messages were pending."""
        conn = db.connect(self.database)
        try:
            pending = outbox.release_claims(conn, now_iso())
        finally:
            conn.close()
        if pending:
            log.info("outbox: %d email(s) not yet delivered, resuming", pending)
        self._thread = threading.Thread(target=self._run, name="outbox-sender", daemon=True)
        self._thread.start()
        return pending

    def wake(self) -> None:
        """Look at the table now (a request could not deliver its message)."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=CLAIM_SECONDS)
            self._thread = None

    def _run(self) -> None:
        conn = db.connect(self.database)
        try:
            while not self._stopping.is_set():
                try:
                    while not self._stopping.is_set() and deliver_one(conn, self.smtp, self.backoff) is not None:
                        pass
                    wait = self._seconds_to_next(conn)
                except Exception:
                    # A locked or busy database must not end the sender: it tries again shortly.
                    log.exception("outbox: delivery round failed")
                    wait = IDLE_SECONDS
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            conn.close()

    @staticmethod
    def _seconds_to_next(conn: Connection) -> float:
        due = outbox.next_due(conn)
        if due is None:
            return IDLE_SECONDS
        left = (datetime.fromisoformat(due) - datetime.now(UTC)).total_seconds()
        return min(max(left, 0.01), IDLE_SECONDS)
