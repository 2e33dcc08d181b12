"""The MailDev reader against a real MailDev: npm's `maildev` 3.0.0 (package.json, installed by
bin/install), run per module as `node_modules/.bin/maildev` on free loopback ports.

The reader follows MailDev's own REST API document, `docs/rest.md` of github.com/maildev/maildev
at commit 7756cfa1 (2026-08-18, MailDev 3.0), kept as `data/maildev-rest.md` (see
data/README.md): the routes it calls and the summary fields it reads are checked against that
document, and what the real MailDev answers against the document's example.

Mail goes in over real SMTP: the mock's own multipart text + HTML message
(`mock_server.mailer.send_mail`) and, for single-part messages, `mock_server.mailer.deliver`.
MailDev stores a message before it answers the SMTP DATA command, so once a send returns the
message is there. Waiting for MailDev to start polls its health route and SMTP port against a
deadline; nothing sleeps.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest
from babel.numbers import format_currency

from billing_e2e.mailboxes import (
    MailboxConfigError,
    MailboxError,
    MaildevMailbox,
    MailNotFoundError,
    mailbox_from_url,
)
from billing_e2e.mock_process import MockServerProcess, end_process
from mock_server.mailer import as_smtp_bytes, deliver, envelope_recipients, envelope_sender, send_mail
from tests.harness.conftest import DEMO_SEED
from tests.harness.test_fixtures_mailboxes import wait_while_it_arrives
from tests.harness.test_live_target import run_scenarios

pytestmark = pytest.mark.harness

ROOT = Path(__file__).resolve().parents[2]
MAILDEV = ROOT / "node_modules" / ".bin" / "maildev"
REST_DOC = (Path(__file__).parent / "data" / "maildev-rest.md").read_text(encoding="utf-8")
START_DEADLINE_SECONDS = 30.0
SENDER = "GoTo Billing Center <no-reply@billing.goto.com>"
SENDER_ADDRESS = "no-reply@billing.goto.com"
WEB_USER = "qa"
WEB_PASS = "Mail-Dev-2026!"


# --- a real MailDev ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MailDev:
    web_url: str
    smtp_port: int

    def send(self, to: str, subject: str, text: str, html: str) -> None:
        """The mock's own text + HTML message."""
        send_mail(
            smtp_host="127.0.0.1", smtp_port=self.smtp_port, sender=SENDER, to=to, subject=subject, text=text, html=html
        )

    def send_single_part(self, to: str, subject: str, body: str, subtype: str) -> None:
        message = EmailMessage()
        message["From"] = SENDER
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body, subtype=subtype, charset="utf-8", cte="quoted-printable")
        raw = as_smtp_bytes(message)
        deliver("127.0.0.1", self.smtp_port, envelope_sender(message), envelope_recipients(message), raw)

    def summaries(self, search: str) -> list[dict[str, Any]]:
        """MailDev's own summary page for `search`, read without the reader (no basic auth)."""
        query = urlencode({"search": search})
        with urlopen(f"{self.web_url}/api/email/summary?{query}", timeout=10) as response:  # noqa: S310 - our MailDev
            page: dict[str, Any] = json.load(response)
        items: list[dict[str, Any]] = page["items"]
        return items


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(web_url: str, smtp_port: int) -> bool:
    try:
        with urlopen(f"{web_url}/api/healthz", timeout=2) as response:  # noqa: S310 - our MailDev
            healthy = json.load(response) is True
        with socket.create_connection(("127.0.0.1", smtp_port), timeout=2):
            return healthy
    except (OSError, URLError, ValueError):
        return False


@contextmanager
def running_maildev(folder: Path, *extra: str) -> Iterator[MailDev]:
    """MailDev on free loopback ports, its mail and its log in `folder`; stopped on the way out."""
    if not MAILDEV.exists():
        pytest.fail(f"{MAILDEV} is missing: run bash bin/install (it installs npm's maildev)")
    smtp_port, web_port = free_port(), free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    command = [
        str(MAILDEV), "--smtp", str(smtp_port), "--web", str(web_port), "--ip", "127.0.0.1",
        "--web-ip", "127.0.0.1", "--mail-directory", str(folder / "mail"), *extra,
    ]  # fmt: skip
    # Only the options given here: none of MailDev's own variables from this shell.
    environment = {name: value for name, value in os.environ.items() if not name.startswith("MAILDEV_")}
    log_path = folder / "maildev.log"
    with log_path.open("w", encoding="utf-8") as log:
        # cwd: MailDev reads a .maildevrc.json from its folder and its parents.
        process = subprocess.Popen(command, cwd=folder, env=environment, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        deadline = time.monotonic() + START_DEADLINE_SECONDS
        pause = threading.Event()
        while not _answers(web_url, smtp_port):
            if process.poll() is not None or time.monotonic() > deadline:
                state = f"exited with {process.returncode}" if process.returncode is not None else "does not answer"
                pytest.fail(f"MailDev {state} after {' '.join(command)}:\n{log_path.read_text(encoding='utf-8')}")
            pause.wait(0.05)
        yield MailDev(web_url, smtp_port)
    finally:
        end_process(process)


@pytest.fixture(scope="module")
def maildev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailDev]:
    with running_maildev(tmp_path_factory.mktemp("maildev")) as server:
        yield server


@pytest.fixture(scope="module")
def guarded_maildev(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MailDev]:
    """MailDev behind HTTP basic auth (`--web-user`/`--web-pass`)."""
    folder = tmp_path_factory.mktemp("maildev-auth")
    with running_maildev(folder, "--web-user", WEB_USER, "--web-pass", WEB_PASS) as server:
        yield server


def documented_summary_page() -> dict[str, Any]:
    """The example answer of GET /api/email/summary in MailDev's document."""
    example = re.search(r"```json\n(\{\n  \"items\".*?)\n```", REST_DOC, flags=re.DOTALL)
    assert example is not None, "data/maildev-rest.md has no example of a summary page"
    page: dict[str, Any] = json.loads(example[1])
    return page


def euros(amount: str, locale: str) -> str:
    return format_currency(Decimal(amount), "EUR", locale=locale)


# --- the reader against MailDev's document -------------------------------------------------------


def test_the_routes_and_fields_the_reader_uses_are_in_maildevs_rest_document() -> None:
    endpoints = set(re.findall(r"^\*\*(GET|POST|PATCH|DELETE)\s+(\S+)\*\*", REST_DOC, flags=re.MULTILINE))
    assert ("GET", "/api/email/summary") in endpoints
    assert ("GET", "/api/email/:id/source") in endpoints
    parameters = set(re.findall(r"^\| `(\w+)`", REST_DOC, flags=re.MULTILINE))
    assert {"skip", "limit", "search", "sort"} <= parameters
    summary = documented_summary_page()
    assert isinstance(summary["total"], int)
    item = summary["items"][0]
    assert isinstance(item["id"], str)
    assert isinstance(item["time"], str)
    assert isinstance(item["to"][0]["address"], str)


def test_what_maildev_answers_has_the_documented_summary_shape(maildev: MailDev, address: str) -> None:
    maildev.send(address, "Shape", "text", "<p>html</p>")
    documented = documented_summary_page()
    [answered] = maildev.summaries(address)
    assert sorted(answered) == sorted(documented["items"][0])
    assert sorted(answered["to"][0]) == sorted(documented["items"][0]["to"][0])


# --- reading -------------------------------------------------------------------------------------


def test_the_reader_lists_the_messages_to_an_address(maildev: MailDev, address: str) -> None:
    total = euros("1234.56", "it_IT")
    maildev.send(
        address,
        "Conferma dell'ordine 1001 – GoTo Webinar",
        f"Grazie per l'ordine.\nTotale: {total}\nCittà: Forlì",
        f"<p>Grazie per l'ordine.</p><p>Totale: <b>{total}</b></p><p>Città: Forlì</p>",
    )
    maildev.send(address, "Bestellbestätigung 2002", "Größe: 5 Lizenzen", "<p>Größe: 5 Lizenzen</p>")
    maildev.send(f"pre.{address}", "Not for you", "substring trap", "<p>x</p>")  # MailDev's search is a substring
    maildev.send("someone.else@example.test", f"Not for {address} either", "subject trap", "<p>x</p>")
    mailbox = MaildevMailbox(maildev.web_url)

    messages = mailbox.messages_to(address)
    assert [m.subject for m in messages] == ["Bestellbestätigung 2002", "Conferma dell'ordine 1001 – GoTo Webinar"]
    first = messages[1]
    assert first.sender == SENDER_ADDRESS
    assert first.to == (address,)
    assert first.date.tzinfo is not None
    assert abs((datetime.now(UTC) - first.date).total_seconds()) < 300
    assert f"Totale: {total}" in first.text
    assert "Città: Forlì" in first.text
    assert f"<b>{total}</b>" in first.html
    assert messages[0].text.strip() == "Größe: 5 Lizenzen"
    assert mailbox.messages_to(address.upper()) == messages  # addresses compare case-insensitively
    assert mailbox.messages_to("nobody@example.test") == []
    # The raw source is read, not GET /api/email/:id, which would mark the message read.
    read = {summary["id"]: summary["read"] for summary in maildev.summaries(address)}
    assert [read[message.id] for message in messages] == [False, False]


def test_wait_for_matches_subject_and_body(maildev: MailDev, address: str) -> None:
    total = euros("99", "de_DE")
    maildev.send(address, "Bestellbestätigung 3003", f"Gesamt: {total}\nGoTo Webinar", f"<p>Gesamt: {total}</p>")
    maildev.send(address, "Willkommen", "Ihre Testversion von GoTo Resolve", "<p>Ihre Testversion von GoTo Resolve</p>")
    mailbox = MaildevMailbox(f"{maildev.web_url}/api/")  # the API root works too

    # Written with a plain space: the body's NBSP (Babel's) compares as whitespace.
    found = mailbox.wait_for(address, subject_contains="Bestellbestätigung", body_contains=["Gesamt: 99,00 €"])
    assert found.subject == "Bestellbestätigung 3003"
    assert mailbox.wait_for(address, body_contains=["GoTo Resolve"]).subject == "Willkommen"
    assert mailbox.wait_for(address).subject == "Willkommen"  # no criteria: the newest


def test_wait_for_sees_mail_that_arrives_while_waiting(maildev: MailDev, address: str) -> None:
    mailbox = MaildevMailbox(maildev.web_url)
    found = wait_while_it_arrives(
        mailbox,
        address,
        "Ordine arrivato",
        lambda: maildev.send(address, "Ordine arrivato più tardi", "arrivato dopo", "<p>arrivato dopo</p>"),
    )
    assert found.text.strip() == "arrivato dopo"


def test_wait_for_times_out_listing_what_arrived(maildev: MailDev, address: str) -> None:
    maildev.send(address, "Bestellbestätigung 4004", "Gesamt: 10,00 €", "<p>Gesamt: 10,00 €</p>")
    maildev.send(address, "Willkommen", "Hallo", "<p>Hallo</p>")
    mailbox = MaildevMailbox(maildev.web_url)
    with pytest.raises(MailNotFoundError) as caught:
        mailbox.wait_for(address, subject_contains="Bestellbestätigung", body_contains=["Gesamt: 20,00 €"], timeout=0.3)
    lines = str(caught.value).splitlines()
    assert lines[0] == (
        f"no message to {address} with a subject containing 'Bestellbestätigung' with a body containing"
        f" ['Gesamt: 20,00 €'] arrived within 0.3 s; 2 message(s) arrived for {address}, newest first:"
    )
    assert re.fullmatch(
        rf"  - 'Willkommen' from {SENDER_ADDRESS} at \S+ \(subject differs; body lacks \['Gesamt: 20,00 €'\]\)",
        lines[1],
    ), lines[1]
    assert re.fullmatch(
        rf"  - 'Bestellbestätigung 4004' from {SENDER_ADDRESS} at \S+ \(body lacks \['Gesamt: 20,00 €'\]\)", lines[2]
    ), lines[2]
    assert len(lines) == 3
    assert caught.value.address == address
    assert [m.subject for m in caught.value.arrived] == ["Willkommen", "Bestellbestätigung 4004"]


def test_wait_for_with_nothing_arrived(maildev: MailDev, address: str) -> None:
    with pytest.raises(MailNotFoundError, match=f"no message at all arrived for {re.escape(address)}$"):
        MaildevMailbox(maildev.web_url).wait_for(address, timeout=0)


def test_html_only_and_text_only_messages(maildev: MailDev, address: str) -> None:
    maildev.send_single_part(
        address, "Solo HTML", "<html><body><p>Totale: <b>5,00&nbsp;€</b></p></body></html>", "html"
    )
    maildev.send_single_part(address, "Nur Text", "Gesamt: 7,00 €\nDanke schön", "plain")
    text_only, html_only = MaildevMailbox(maildev.web_url).messages_to(address)

    assert html_only.subject == "Solo HTML"
    assert "<b>5,00&nbsp;€</b>" in html_only.html
    assert html_only.text == "Totale: 5,00 €"  # an HTML-only message's text is its HTML's, whitespace collapsed
    assert text_only.subject == "Nur Text"
    assert text_only.html == ""
    assert text_only.text == "Gesamt: 7,00 €\nDanke schön\n"
    assert text_only.body_text() == "Gesamt: 7,00 € Danke schön"


def test_a_message_to_several_recipients_is_each_ones(maildev: MailDev, address: str) -> None:
    other = f"other.{address}"
    maildev.send(f"Käufer <{address}>, {other.upper()}", "Fattura 5005", "Fattura per entrambi", "<p>Fattura</p>")
    mailbox = MaildevMailbox(maildev.web_url)

    [mine] = mailbox.messages_to(address)
    [theirs] = mailbox.messages_to(other)
    assert mine == theirs
    assert mine.to == (address, other.upper())


def test_the_reader_pages_through_many_messages(maildev: MailDev, address: str) -> None:
    for number in range(5):
        maildev.send(address, f"Page {number}", f"message {number}", f"<p>message {number}</p>")
    mailbox = MaildevMailbox(maildev.web_url)
    mailbox.PAGE_SIZE = 2  # three pages of MailDev's summaries
    assert [m.subject for m in mailbox.messages_to(address)] == [f"Page {n}" for n in (4, 3, 2, 1, 0)]


# --- errors --------------------------------------------------------------------------------------


def test_maildev_not_running_is_a_mailbox_error() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(MailboxError, match=rf"cannot reach the MailDev API at http://127\.0\.0\.1:{port}: .*refused"):
        MaildevMailbox(f"http://127.0.0.1:{port}").messages_to("qa@example.test")


def test_the_smtp_port_given_as_the_web_port_is_a_mailbox_error(maildev: MailDev) -> None:
    url = f"http://127.0.0.1:{maildev.smtp_port}"
    with pytest.raises(
        MailboxError, match=rf"the MailDev API at {re.escape(url)} did not answer HTTP .*the web port\?"
    ):
        MaildevMailbox(url).messages_to("qa@example.test")


def test_a_wrong_base_pathname_is_a_mailbox_error(maildev: MailDev) -> None:
    with pytest.raises(MailboxError, match=r"answered HTTP 404: .*is this a MailDev 3 web interface\?"):
        mailbox_from_url(f"maildev+{maildev.web_url}/maildev", {}).messages_to("qa@example.test")


def test_basic_auth(guarded_maildev: MailDev, address: str) -> None:
    guarded_maildev.send(address, "Riservato", "solo con la password", "<p>solo con la password</p>")
    url = f"maildev+http://{WEB_USER}@{guarded_maildev.web_url.removeprefix('http://')}?password_env=MAILDEV_QA_PASS"
    [message] = mailbox_from_url(url, {"MAILDEV_QA_PASS": WEB_PASS}).messages_to(address)
    assert message.subject == "Riservato"
    # MailDev's own variables, as for the MailDev process itself.
    environ = {"MAILDEV_WEB_USER": WEB_USER, "MAILDEV_WEB_PASS": WEB_PASS}
    assert mailbox_from_url(f"maildev+{guarded_maildev.web_url}", environ).messages_to(address) == [message]


def test_basic_auth_missing_or_wrong_is_a_mailbox_error(guarded_maildev: MailDev) -> None:
    with pytest.raises(MailboxError, match=r"answered HTTP 401: .*give the --web-user and --web-pass it was started"):
        MaildevMailbox(guarded_maildev.web_url).messages_to("qa@example.test")
    wrong = MaildevMailbox(guarded_maildev.web_url, web_user=WEB_USER, web_pass="not-it")
    with pytest.raises(
        MailboxError, match=r"answered HTTP 401: .*Invalid username or password.*web user 'qa'"
    ) as caught:
        wrong.messages_to("qa@example.test")
    assert "not-it" not in str(caught.value)
    assert "not-it" not in repr(wrong)


# --- mailbox_from_url ----------------------------------------------------------------------------


def test_mailbox_from_url_for_maildev() -> None:
    plain = mailbox_from_url("maildev+http://127.0.0.1:1080", {})
    assert isinstance(plain, MaildevMailbox)
    assert plain.base_url == "http://127.0.0.1:1080"
    assert plain.web_user is None
    behind = mailbox_from_url("maildev+https://qa%40example.test@mail.example.test/maildev/?password_env=P", {"P": "x"})
    assert isinstance(behind, MaildevMailbox)
    assert behind.base_url == "https://mail.example.test/maildev"
    assert behind.web_user == "qa@example.test"
    assert repr(behind) == "MaildevMailbox('https://mail.example.test/maildev', web_user='qa@example.test')"


@pytest.mark.parametrize(
    ("url", "environ", "expected"),
    [
        ("maildev+http://qa:secret@host:1080", {}, "must not carry the password"),
        (
            "maildev+http://host:1080?user=qa",
            {},
            r"unknown parameter\(s\) user in the mailbox URL; known: password_env",
        ),
        ("maildev+http://host:1080?password_env=P", {"P": "x"}, "names \\?password_env=P but no web user"),
        ("maildev+http://qa@host:1080", {}, "environment variable MAILDEV_WEB_PASS is not set: set it to the MailDev"),
        ("maildev+http://qa@host:1080?password_env=P", {"P": ""}, "environment variable P is empty"),
        ("maildev+http://host:1080", {"MAILDEV_WEB_USER": "qa"}, "MAILDEV_WEB_PASS is not set"),
        ("maildev+ftp://host:1080", {}, "unknown mailbox URL scheme 'maildev\\+ftp'"),
        ("maildev+http:///nohost", {}, r"a MailDev base URL is http\(s\)://host:port\[/base-pathname\]"),
        ("maildev+http://host:port", {}, "bad port in the MailDev base URL 'http://host:port'"),
        ("pop3://qa@host", {}, r"maildev\+http\(s\):// for MailDev"),
    ],
)
def test_mailbox_from_url_refuses_maildev_urls_precisely(url: str, environ: dict[str, str], expected: str) -> None:
    with pytest.raises(MailboxConfigError, match=expected):
        mailbox_from_url(url, environ)


# --- a scenario reading the mock's emails from MailDev -------------------------------------------


@pytest.mark.pytest_run
def test_a_live_scenario_reads_the_mocks_order_email_from_maildev(
    maildev: MailDev, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """The bundled mock, started as a billing UI the harness does not control, sends its emails
    to MailDev (`--smtp-host/--smtp-port`); the scenario reads its order confirmation there
    through `--mailbox maildev+http://...`."""
    relay = ("--smtp-host", "127.0.0.1", "--smtp-port", str(maildev.smtp_port))
    process = MockServerProcess(
        tmp_path_factory.mktemp("mock-to-maildev"), test_mode=False, extra_args=DEMO_SEED + relay
    )
    server = process.start()
    try:
        assert server.mailbox_url == "none"  # no embedded sink: the order email can only be in MailDev
        code, output = run_scenarios(
            server,
            tmp_path,
            "-m",
            "article_002 and de and smoke",
            "--allow-purchases",
            "--mailbox",
            f"maildev+{maildev.web_url}",
        )
    finally:
        process.stop()
    assert code == 0, output
    assert re.search(r"\b1 passed\b", output), output
    assert "skipped" not in output, output
    # The order confirmation the scenario read: in MailDev, from the mock, in German.
    [order] = maildev.summaries("Ihre Bestellung")
    buyer = order["to"][0]["address"]
    [message] = MaildevMailbox(maildev.web_url).messages_to(buyer)
    assert re.fullmatch(r"Ihre Bestellung \S+ ist bestätigt", message.subject), message.subject
    assert message.sender == SENDER_ADDRESS
