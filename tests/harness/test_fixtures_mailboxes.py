"""The mailbox readers against real servers: the mock's Mailpit-shaped mailbox and a real Dovecot.

- Mailpit reader: the mock runs as a subprocess (the module's `mock` of conftest.py, started by
  `billing_e2e.mock_process`); mail goes in through its embedded SMTP sink with
  `mock_server.mailer.send_mail`.
- IMAP reader: a real Dovecot (`apt-get install dovecot-imapd`) started per module on 127.0.0.1
  with its config in tmp_path. Its listening sockets are bound here on port 0 and handed over
  with systemd socket activation (LISTEN_FDS), so there is no port race and nothing to poll: a
  connection waits in the socket's backlog until Dovecot accepts it. Messages are delivered with
  IMAP APPEND. Without Dovecot (or openssl) those tests fail, saying what to install: bin/install
  installs both, and a skipped mailbox test would hide that the IMAP reader is untested.
- Parsing: `parse_rfc822` on real RFC 822 bytes (multipart, encoded words, quoted-printable).

Nothing sleeps: waits are deadlines on queues, events and sockets.
"""

from __future__ import annotations

import grp
import imaplib
import inspect
import os
import pwd
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from billing_e2e import mailboxes
from billing_e2e.mailboxes import (
    ImapMailbox,
    Mailbox,
    MailboxConfigError,
    MailboxError,
    MailMessage,
    MailNotFoundError,
    MailpitMailbox,
    mailbox_from_url,
    parse_rfc822,
)
from billing_e2e.mock_process import MockServer, end_process
from mock_server.mailer import send_mail

pytestmark = pytest.mark.harness

SENDER = "GoTo Billing Center <no-reply@billing.goto.com>"


# --- the mock, with its embedded SMTP sink -------------------------------------------------------


@dataclass(frozen=True)
class MockMail:
    mailbox_url: str
    smtp: tuple[str, int]

    def send(self, to: str, subject: str, text: str, html: str | None = None) -> None:
        host, port = self.smtp
        send_mail(
            smtp_host=host,
            smtp_port=port,
            sender=SENDER,
            to=to,
            subject=subject,
            text=text,
            html=html or f"<html><body><p>{text}</p></body></html>",
        )


@pytest.fixture(scope="module")
def mock_mail(mock: MockServer) -> MockMail:
    """The module's mock (conftest.py): its READY line names the mailbox and the embedded SMTP sink."""
    assert mock.smtp is not None
    return MockMail(mock.mailbox_url, mock.smtp)


# --- Mailpit reader -------------------------------------------------------------------------------


def test_mailpit_reader_lists_the_messages_to_an_address(mock_mail: MockMail, address: str) -> None:
    mock_mail.send(
        address, "Conferma dell'ordine 1001", "Totale: 1.234,56\u00a0€", "<p>Totale: <b>1.234,56&nbsp;€</b></p>"
    )
    mock_mail.send(address, "Second", "second body")
    mock_mail.send(f"pre.{address}", "Not for you", "substring trap")  # Mailpit's to: is a substring match
    mock_mail.send("someone.else@example.test", "Not for you either", "x")
    mailbox = MailpitMailbox(mock_mail.mailbox_url)

    messages = mailbox.messages_to(address)
    assert [m.subject for m in messages] == ["Second", "Conferma dell'ordine 1001"]  # newest first
    first = messages[1]
    assert first.sender == "no-reply@billing.goto.com"
    assert first.to == (address,)
    assert first.date.tzinfo is not None
    assert abs((datetime.now(UTC) - first.date).total_seconds()) < 300
    assert "Totale: 1.234,56\u00a0€" in first.text
    assert "<b>1.234,56&nbsp;€</b>" in first.html
    assert mailbox.messages_to(address.upper()) == messages  # addresses compare case-insensitively
    assert mailbox.messages_to("nobody@example.test") == []


def test_mailpit_wait_for_matches_subject_and_body(mock_mail: MockMail, address: str) -> None:
    mock_mail.send(address, "Bestellbestätigung 2002", "Gesamt: 99,00\u00a0€\nGoTo Webinar", "<p>Gesamt: 99,00 €</p>")
    mock_mail.send(address, "Willkommen", "Ihre Testversion von GoTo Resolve")
    mailbox = MailpitMailbox(f"{mock_mail.mailbox_url}/api/v1/")  # the API root works too

    found = mailbox.wait_for(address, subject_contains="Bestellbestätigung", body_contains=["Gesamt: 99,00 €"])
    assert found.subject == "Bestellbestätigung 2002"
    assert mailbox.wait_for(address, body_contains=["GoTo Resolve"]).subject == "Willkommen"
    assert mailbox.wait_for(address).subject == "Willkommen"  # no criteria: the newest


def wait_while_it_arrives(mailbox: Mailbox, address: str, subject: str, deliver: Callable[[], None]) -> MailMessage:
    """`wait_for` a message that `deliver` puts in the mailbox 0.4 s after the wait began."""
    later = threading.Timer(0.4, deliver)
    later.start()
    try:
        return mailbox.wait_for(address, subject_contains=subject, timeout=20, poll_interval=0.05)
    finally:
        later.join(timeout=20)


def test_mailpit_wait_for_sees_mail_that_arrives_while_waiting(mock_mail: MockMail, address: str) -> None:
    mailbox = MailpitMailbox(mock_mail.mailbox_url)
    found = wait_while_it_arrives(
        mailbox, address, "Late order", lambda: mock_mail.send(address, "Late order 3003", "arrived later")
    )
    assert found.text.strip() == "arrived later"


def test_mailpit_wait_for_times_out_listing_what_arrived(mock_mail: MockMail, address: str) -> None:
    mock_mail.send(address, "Order confirmation 4004", "Total: $10.00")
    mailbox = MailpitMailbox(mock_mail.mailbox_url)
    with pytest.raises(MailNotFoundError) as caught:
        mailbox.wait_for(address, subject_contains="Welcome", body_contains=["$99.00"], timeout=0.3, poll_interval=0.05)
    message = str(caught.value)
    assert f"no message to {address} with a subject containing 'Welcome'" in message
    assert "within 0.3 s" in message
    assert "1 message(s) arrived" in message
    assert "'Order confirmation 4004' from no-reply@billing.goto.com" in message
    assert "subject differs; body lacks ['$99.00']" in message
    assert [m.subject for m in caught.value.arrived] == ["Order confirmation 4004"]
    assert isinstance(caught.value, AssertionError)  # a failed expectation, reported as a test failure


def test_mailpit_wait_for_with_nothing_arrived(mock_mail: MockMail, address: str) -> None:
    with pytest.raises(MailNotFoundError, match=f"no message at all arrived for {re.escape(address)}"):
        MailpitMailbox(mock_mail.mailbox_url).wait_for(address, timeout=0, poll_interval=0.05)


def test_mailpit_reader_pages_through_many_messages(mock_mail: MockMail, address: str) -> None:
    for index in range(5):
        mock_mail.send(address, f"Message {index}", f"body {index}")
    mailbox = MailpitMailbox(mock_mail.mailbox_url)
    mailbox.PAGE_SIZE = 2
    assert [m.subject for m in mailbox.messages_to(address)] == [f"Message {i}" for i in range(4, -1, -1)]


def test_mailpit_reader_errors_name_the_server() -> None:
    with socket.socket() as sock:  # bound, never listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        with pytest.raises(MailboxError, match=f"cannot reach the Mailpit API at http://127.0.0.1:{port}"):
            MailpitMailbox(f"http://127.0.0.1:{port}", timeout=5).messages_to("a@example.test")
    with pytest.raises(MailboxConfigError):
        MailpitMailbox("ftp://mail.example.test")


def test_mailpit_reader_reports_an_api_error(mock_mail: MockMail) -> None:
    with pytest.raises(MailboxError, match="answered HTTP 404"):
        MailpitMailbox(mock_mail.mailbox_url.removesuffix("/mailbox") + "/nothing-here").messages_to("a@example.test")


def test_wait_for_never_sleeps() -> None:
    source = inspect.getsource(mailboxes)
    assert "sleep(" not in source
    assert "threading.Event()" in source
    with pytest.raises(ValueError, match="poll_interval"):
        MailpitMailbox("http://127.0.0.1:1").wait_for("a@example.test", poll_interval=0)


def test_addresses_are_checked() -> None:
    with pytest.raises(ValueError, match="not a bare email address"):
        MailpitMailbox("http://127.0.0.1:1").messages_to('a@x.test" OR "b')


# --- parsing real RFC 822 bytes -------------------------------------------------------------------

RAW_MESSAGE = (
    b"Return-Path: <no-reply@billing.goto.com>\r\n"
    b"From: =?utf-8?q?GoTo_Billing_Center?= <no-reply@billing.goto.com>\r\n"
    b"To: Giulia Rossi <giulia.rossi@example.test>, other@example.test\r\n"
    b"Subject: =?utf-8?q?Conferma_dell=27ordine_=E2=80=93_BC-1001?=\r\n"
    b"Date: Sun, 15 Mar 2026 10:30:00 +0100\r\n"
    b"Message-ID: <abc@billing.goto.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b1"\r\n'
    b"\r\n"
    b"--b1\r\n"
    b'Content-Type: text/plain; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"Totale dovuto: 1.234,56=C2=A0=E2=82=AC\r\n"
    b"Grazie!\r\n"
    b"--b1\r\n"
    b'Content-Type: text/html; charset="utf-8"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b"\r\n"
    b"PHA+VG90YWxlIGRvdnV0bzogPGI+MS4yMzQsNTYmbmJzcDvigqw8L2I+PC9wPg==\r\n"
    b"--b1--\r\n"
)


def test_parse_rfc822_reads_headers_and_both_parts() -> None:
    message = parse_rfc822(RAW_MESSAGE, "42")
    assert message.id == "42"
    assert message.subject == "Conferma dell'ordine – BC-1001"
    assert message.sender == "no-reply@billing.goto.com"
    assert message.to == ("giulia.rossi@example.test", "other@example.test")
    assert message.date == datetime(2026, 3, 15, 9, 30, tzinfo=UTC)
    assert message.text == "Totale dovuto: 1.234,56\u00a0€\nGrazie!"  # the last CRLF belongs to the boundary
    assert message.html == "<p>Totale dovuto: <b>1.234,56&nbsp;€</b></p>"
    assert message.is_to("Giulia.Rossi@example.test")
    assert not message.is_to("rossi@example.test")
    assert message.missing(["Totale dovuto: 1.234,56 €", "Grazie!", "IVA"]) == ["IVA"]


def test_parse_rfc822_of_an_html_only_message_without_date() -> None:
    raw = (
        b"From: a@example.test\r\nTo: b@example.test\r\nSubject: Only HTML\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{}</style></head><body><p>Hallo&nbsp;Welt</p><p>zwei</p></body></html>\r\n"
    )
    fallback = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    message = parse_rfc822(raw, "7", fallback_date=fallback)
    assert message.text == "Hallo Welt zwei"  # visible text, whitespace (NBSP too) collapsed
    assert message.date == fallback
    assert parse_rfc822(raw, "7").date == datetime(1970, 1, 1, tzinfo=UTC)


def test_parse_rfc822_of_a_message_built_by_the_mock(mock_mail: MockMail, address: str) -> None:
    """The very bytes the mock's sink stored, read back raw, parse like the Mailpit API shows them."""
    from urllib.request import urlopen

    mock_mail.send(address, "Raw bytes 5005", "Prezzo: 12,00\u00a0€", "<p>Prezzo: 12,00&nbsp;€</p>")
    via_api = MailpitMailbox(mock_mail.mailbox_url).wait_for(address)
    with urlopen(f"{mock_mail.mailbox_url}/api/v1/message/{via_api.id}/raw", timeout=10) as response:  # noqa: S310
        raw = response.read()
    parsed = parse_rfc822(raw, via_api.id)
    assert parsed == via_api


# --- mailbox_from_url -----------------------------------------------------------------------------


def test_mailbox_from_url_for_mailpit() -> None:
    mailpit = mailbox_from_url("http://mailpit:8025", {})
    assert isinstance(mailpit, MailpitMailbox)
    assert mailpit.base_url == "http://mailpit:8025"
    prefixed = mailbox_from_url("mailpit+https://mail.example.test/mailbox/", {})
    assert isinstance(prefixed, MailpitMailbox)
    assert prefixed.base_url == "https://mail.example.test/mailbox"


def test_mailbox_from_url_for_imap() -> None:
    environ = {"IMAP_PASSWORD": "s3cret"}
    plain = mailbox_from_url("imap://qa%40example.test@127.0.0.1:1143?password_env=IMAP_PASSWORD", environ)
    assert isinstance(plain, ImapMailbox)
    assert (plain.host, plain.port, plain.username, plain.ssl, plain.folder) == (
        "127.0.0.1",
        1143,
        "qa@example.test",
        False,
        "INBOX",
    )
    secure = mailbox_from_url("imaps://qa@imap.example.test?password_env=IMAP_PASSWORD&folder=Billing", environ)
    assert isinstance(secure, ImapMailbox)
    assert (secure.port, secure.ssl, secure.folder) == (993, True, "Billing")
    assert "s3cret" not in repr(secure)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("imap://qa@host:143", r"needs \?password_env=NAME"),
        ("imap://qa@host:143?password_env=NOPE", "environment variable NOPE is not set"),
        ("imap://qa@host:143?password_env=EMPTY", "environment variable EMPTY is empty"),
        ("imap://qa:hunter2@host:143?password_env=P", "must not carry the password"),
        ("imap://host:143?password_env=P", r"imap://user@host\[:port\]"),
        ("imap://qa@host:143?password_env=P&tls=yes", "unknown parameter"),
        ("pop3://qa@host", "unknown mailbox URL scheme 'pop3'"),
    ],
)
def test_mailbox_from_url_refuses_precisely(url: str, expected: str) -> None:
    with pytest.raises(MailboxConfigError, match=expected):
        mailbox_from_url(url, {"P": "x", "EMPTY": ""})


# --- IMAP reader against a real Dovecot -----------------------------------------------------------

DOVECOT = shutil.which("dovecot") or next(
    (path for path in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if Path(path).is_file()), None
)
IMAP_USER = "qa@example.test"
IMAP_PASSWORD = "imap-test-password-1"
# Execs Dovecot with the listening sockets as fds 3, 4, ... and LISTEN_PID = its own pid (exec keeps
# it): systemd's socket activation protocol, which Dovecot's master understands.
_SOCKET_ACTIVATION = """
import fcntl, os, sys
fds = [int(fd) for fd in sys.argv[1].split(",")]
high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in fds]
for index, fd in enumerate(high):
    os.dup2(fd, 3 + index)
    os.close(fd)
os.environ["LISTEN_PID"] = str(os.getpid())
os.environ["LISTEN_FDS"] = str(len(fds))
os.execv(sys.argv[2], sys.argv[2:])
"""


@dataclass(frozen=True)
class Dovecot:
    imap_port: int
    imaps_port: int | None
    ca_file: Path | None
    log: Path

    def append(self, raw: bytes) -> None:
        """Deliver a message into the user's INBOX with IMAP APPEND."""
        with imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10) as imap:
            imap.login(IMAP_USER, IMAP_PASSWORD)
            status, data = imap.append("INBOX", None, None, raw)
            assert status == "OK", data

    def flags(self) -> list[bytes]:
        with imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10) as imap:
            imap.login(IMAP_USER, IMAP_PASSWORD)
            imap.select("INBOX", readonly=True)
            _status, data = imap.fetch("1:*", "(FLAGS)")
            return [item for item in data if isinstance(item, bytes)]

    def mailbox(self, **options: object) -> ImapMailbox:
        return ImapMailbox("127.0.0.1", self.imap_port, IMAP_USER, IMAP_PASSWORD, ssl=False, **options)  # type: ignore[arg-type]


def _listening_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock


def _self_signed_certificate(directory: Path) -> tuple[Path, Path] | None:
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(  # noqa: S603 - fixed arguments
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def _accounts() -> tuple[str, str, int, int]:
    """(internal user, login user, mail uid, mail gid): unprivileged users Dovecot's processes run as."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.getuid()).pw_name
        return me, me, os.getuid(), os.getgid()
    try:
        internal = pwd.getpwnam("dovecot")
    except KeyError:
        internal = pwd.getpwnam("nobody")
    try:
        login = pwd.getpwnam("dovenull").pw_name
    except KeyError:
        login = internal.pw_name
    return internal.pw_name, login, internal.pw_uid, internal.pw_gid


def _dovecot_config(
    runtime: Path, tmp_path: Path, imap_port: int, imaps_port: int | None, tls: tuple[Path, Path] | None
) -> str:
    internal, login, uid, gid = _accounts()
    group = grp.getgrgid(gid).gr_name
    imaps = (
        f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {imaps_port}\n    ssl = yes\n  }}\n"
        if tls
        else "  inet_listener imaps {\n    port = 0\n  }\n"
    )
    ssl_settings = f"ssl = yes\nssl_cert = <{tls[0]}\nssl_key = <{tls[1]}\n" if tls else "ssl = no\n"
    return (
        f"# A throwaway Dovecot for the tests of billing_e2e.mailboxes.ImapMailbox\n"
        f"base_dir = {runtime}/run\n"
        f"state_dir = {runtime}/state\n"
        f"log_path = {tmp_path}/dovecot.log\n"
        f"instance_name = billing-e2e-test-{runtime.name}\n"
        "protocols = imap\n"
        "listen = 127.0.0.1\n"
        f"{ssl_settings}"
        "disable_plaintext_auth = no\n"
        "auth_mechanisms = plain login\n"
        "auth_failure_delay = 0\n"
        f"default_internal_user = {internal}\n"
        f"default_internal_group = {group}\n"
        f"default_login_user = {login}\n"
        f"first_valid_uid = {uid}\n"
        f"last_valid_uid = {uid}\n"
        "first_valid_gid = 0\n"
        "passdb {\n  driver = passwd-file\n"
        f"  args = scheme=PLAIN username_format=%u {runtime}/passwd\n}}\n"
        "userdb {\n  driver = static\n"
        f"  args = uid={uid} gid={gid} home={runtime}/mail/%u\n}}\n"
        "mail_location = maildir:~/Maildir\n"
        "service imap-login {\n  chroot =\n"
        f"  inet_listener imap {{\n    address = 127.0.0.1\n    port = {imap_port}\n  }}\n"
        f"{imaps}"
        "}\n"
        "service anvil {\n  chroot =\n}\n"
    )


@contextmanager
def running_dovecot(tmp_path: Path, *, tls: bool = True) -> Iterator[Dovecot]:
    """A Dovecot of its own on 127.0.0.1: config and log in `tmp_path`, stopped and removed on exit."""
    if DOVECOT is None:
        pytest.fail("Dovecot is not installed: run bash bin/install (it installs dovecot-imapd)")
    # Sockets, state, the password file and the mail live in a short directory of their own:
    # unix socket paths are limited to ~100 bytes, and Dovecot's unprivileged processes must be
    # able to enter it (pytest's tmp_path is private to the user running pytest).
    runtime = Path(tempfile.mkdtemp(prefix="be2e-imap-"))
    runtime.chmod(0o755)
    process: subprocess.Popen[bytes] | None = None
    sockets: list[socket.socket] = []
    try:
        _internal, _login, uid, gid = _accounts()
        for name in ("run", "state", "mail"):
            (runtime / name).mkdir()
        if os.geteuid() == 0:
            os.chown(runtime / "mail", uid, gid)
        (runtime / "passwd").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}\n", encoding="utf-8")
        (runtime / "passwd").chmod(0o644)
        certificate = _self_signed_certificate(tmp_path) if tls else None
        sockets = [_listening_socket() for _ in range(2 if certificate else 1)]
        imap_port = sockets[0].getsockname()[1]
        imaps_port = sockets[1].getsockname()[1] if certificate else None
        config = _dovecot_config(runtime, tmp_path, imap_port, imaps_port, certificate)
        (tmp_path / "dovecot.conf").write_text(config, encoding="utf-8")
        fds = [sock.fileno() for sock in sockets]
        with (tmp_path / "dovecot.out").open("wb") as out:
            process = subprocess.Popen(  # noqa: S603 - our own command line
                [sys.executable, "-c", _SOCKET_ACTIVATION, ",".join(map(str, fds)),
                 DOVECOT, "-F", "-c", str(tmp_path / "dovecot.conf")],
                pass_fds=fds,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        for sock in sockets:
            sock.close()  # Dovecot holds them now; a connection waits in the backlog until it accepts
        server = Dovecot(imap_port, imaps_port, certificate[0] if certificate else None, tmp_path / "dovecot.log")
        try:
            with imaplib.IMAP4("127.0.0.1", imap_port, timeout=30) as imap:
                imap.login(IMAP_USER, IMAP_PASSWORD)
        except (OSError, imaplib.IMAP4.error) as error:
            log = server.log.read_text() if server.log.exists() else ""
            output = (tmp_path / "dovecot.out").read_text()
            pytest.fail(f"Dovecot did not answer: {error}\n{output}\n{log}")
        yield server
    finally:
        for sock in sockets:
            sock.close()
        if process is not None:
            end_process(process, timeout=30)
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    with running_dovecot(tmp_path_factory.mktemp("dovecot")) as server:
        yield server


def _mail(to: str, subject: str, text: str, html: str | None = None, when: datetime | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when or datetime.now(UTC))
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    if html is not None:
        message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def test_imap_reader_lists_the_messages_to_an_address(dovecot: Dovecot, address: str) -> None:
    dovecot.append(_mail(address, "Conferma dell'ordine 1001", "Totale: 1.234,56\u00a0€", "<p>1.234,56&nbsp;€</p>"))
    dovecot.append(_mail(address, "Secondo messaggio", "altro"))
    dovecot.append(_mail(f"pre.{address}", "Not for you", "IMAP's SEARCH TO is a substring match"))
    dovecot.append(_mail("someone.else@example.test", "Nope", "x"))
    mailbox = dovecot.mailbox()

    messages = mailbox.messages_to(address)
    assert [m.subject for m in messages] == ["Secondo messaggio", "Conferma dell'ordine 1001"]
    first = messages[1]
    assert first.sender == "no-reply@billing.goto.com"
    assert first.to == (address,)
    assert first.text == "Totale: 1.234,56\u00a0€\n"
    assert first.html == "<p>1.234,56&nbsp;€</p>\n"
    assert first.date.tzinfo is not None
    assert re.fullmatch(r"\d+:\d+", first.id)  # UIDVALIDITY:UID
    assert mailbox.messages_to("nobody@example.test") == []
    # Read-only: reading marks nothing as seen.
    assert not any(b"\\Seen" in flags for flags in dovecot.flags())


def test_imap_wait_for_finds_and_times_out_with_a_listing(dovecot: Dovecot, address: str) -> None:
    dovecot.append(_mail(address, "Willkommen bei GoTo Resolve", "Ihre Testversion endet am 29.03.2026"))
    mailbox = dovecot.mailbox()
    found = mailbox.wait_for(address, subject_contains="Willkommen", body_contains=["29.03.2026"], timeout=10)
    assert found.subject == "Willkommen bei GoTo Resolve"
    with pytest.raises(MailNotFoundError) as caught:
        mailbox.wait_for(address, subject_contains="Bestellbestätigung", timeout=0.3, poll_interval=0.05)
    assert "'Willkommen bei GoTo Resolve' from no-reply@billing.goto.com" in str(caught.value)
    assert "(subject differs)" in str(caught.value)


def test_imap_wait_for_sees_mail_that_arrives_while_waiting(dovecot: Dovecot, address: str) -> None:
    mailbox = dovecot.mailbox()
    found = wait_while_it_arrives(
        mailbox, address, "Late", lambda: dovecot.append(_mail(address, "Late 3003", "later"))
    )
    assert found.text.strip() == "later"


def test_imap_reader_without_a_date_header_uses_internaldate(dovecot: Dovecot, address: str) -> None:
    dovecot.append(f"From: a@example.test\r\nTo: {address}\r\nSubject: No date\r\n\r\nbody\r\n".encode())
    (message,) = dovecot.mailbox().messages_to(address)
    assert abs((datetime.now(UTC) - message.date).total_seconds()) < 300


def test_imap_wrong_password_is_a_mailbox_error(tmp_path: Path) -> None:
    # A Dovecot of its own: after a failed login, Dovecot delays the next logins from the same
    # address for seconds (its auth penalty), which would slow the module's other tests.
    with running_dovecot(tmp_path, tls=False) as server:
        mailbox = ImapMailbox("127.0.0.1", server.imap_port, IMAP_USER, "wrong", ssl=False)
        with pytest.raises(MailboxError, match=r"IMAP ImapMailbox\(imap://qa@example.test@127.0.0.1:\d+/INBOX\)"):
            mailbox.messages_to("a@example.test")


def test_imap_over_tls_with_the_servers_certificate(dovecot: Dovecot, address: str) -> None:
    if dovecot.imaps_port is None or dovecot.ca_file is None:
        pytest.fail("no openssl to make a test certificate: run bash bin/install (it installs openssl)")
    dovecot.append(_mail(address, "Over TLS", "secure"))
    context = ssl.create_default_context(cafile=str(dovecot.ca_file))
    mailbox = ImapMailbox("127.0.0.1", dovecot.imaps_port, IMAP_USER, IMAP_PASSWORD, ssl_context=context)
    assert [m.subject for m in mailbox.messages_to(address)] == ["Over TLS"]
    # Without trusting the test certificate, the default context refuses it.
    untrusted = ImapMailbox("127.0.0.1", dovecot.imaps_port, IMAP_USER, IMAP_PASSWORD)
    with pytest.raises(MailboxError, match="CERTIFICATE_VERIFY_FAILED"):
        untrusted.messages_to(address)


def test_imap_url_end_to_end(dovecot: Dovecot, address: str) -> None:
    dovecot.append(_mail(address, "Via URL", "from imap://"))
    url = f"imap://qa%40example.test@127.0.0.1:{dovecot.imap_port}?password_env=BILLING_E2E_IMAP_PASSWORD"
    mailbox = mailbox_from_url(url, {"BILLING_E2E_IMAP_PASSWORD": IMAP_PASSWORD})
    assert mailbox.wait_for(address, timeout=10).subject == "Via URL"
