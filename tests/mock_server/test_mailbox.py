"""The confirmation-mail path end to end: send_mail -> real SMTP -> SmtpSink -> SQLite -> Mailpit-shaped API.

No SMTP mocks: a real sink listens on a free port. No sleeping either: the sink answers 250 only
after the message is committed, and smtplib returns only after that answer.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import smtplib
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from mock_server import db
from mock_server.mailbox import SmtpSink, bp
from mock_server.mailer import MailDeliveryError, send_mail

pytestmark = pytest.mark.http

API = "/mailbox/api/v1"
SENDER = "GoTo Billing Center <no-reply@billing.goto.com>"
IT_SUBJECT = "Conferma dell'ordine – è tutto pronto"
DE_SUBJECT = "Bestellbestätigung – Größe der Übersicht"

# Mailpit's field names (internal/storage/structs.go, server/apiv1/messages.go of axllent/mailpit).
LIST_KEYS = {"total", "unread", "count", "messages_count", "messages_unread", "start", "tags", "messages"}
SUMMARY_KEYS = {
    "ID", "MessageID", "Read", "From", "To", "Cc", "Bcc", "ReplyTo", "Subject", "Created",
    "Username", "Tags", "Size", "Attachments", "Snippet",
}  # fmt: skip
MESSAGE_KEYS = {
    "ID", "MessageID", "From", "To", "Cc", "Bcc", "ReplyTo", "ReturnPath", "Subject", "ListUnsubscribe",
    "Date", "Tags", "Username", "Text", "HTML", "Size", "Inline", "Attachments",
}  # fmt: skip
ATTACHMENT_KEYS = {"PartID", "FileName", "ContentType", "ContentID", "Size", "Checksums"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "mock.sqlite3"
    db.init_schema(path)
    return path


@pytest.fixture
def sink(db_path: Path) -> Iterator[SmtpSink]:
    smtp_sink = SmtpSink(db_path)
    smtp_sink.start()
    yield smtp_sink
    smtp_sink.stop()


@pytest.fixture
def app(db_path: Path) -> Flask:
    flask_app = Flask(__name__)
    flask_app.config.update(DATABASE=db_path, TESTING=True)
    flask_app.teardown_appcontext(db.close_db)
    flask_app.register_blueprint(bp)
    return flask_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def send(sink: SmtpSink, **fields: Any) -> str:
    host, port = sink.address
    message: dict[str, Any] = {
        "sender": SENDER,
        "to": "Mario Rossi <mario.rossi@example.it>",
        "subject": IT_SUBJECT,
        "text": "Grazie per il tuo ordine – è tutto pronto.\nNumero d'ordine: 4711",
        "html": "<html><head><style>p {color: red}</style></head>"
        "<body><p>Grazie per il tuo <b>ordine</b> – è tutto pronto.</p><p>Numero: 4711</p></body></html>",
    }
    message.update(fields)
    return send_mail(smtp_host=host, smtp_port=port, **message)


def messages(client: FlaskClient, path: str = "/messages", **params: Any) -> dict[str, Any]:
    response = client.get(API + path, query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert set(body) == LIST_KEYS
    for summary in body["messages"]:
        assert set(summary) == SUMMARY_KEYS
    return body


def subjects(body: dict[str, Any]) -> list[str]:
    return [summary["Subject"] for summary in body["messages"]]


def assert_error(response: Any, status: int, fragment: str) -> None:
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["status"] == status
    assert fragment in body["Error"]
    assert body["detail"] == body["Error"]


# ---------------------------------------------------------------------------------------------
# The sink


def test_start_binds_a_free_port_and_accepts_connections(sink: SmtpSink) -> None:
    host, port = sink.address
    assert host == "127.0.0.1"
    assert port > 0
    with smtplib.SMTP(host, port, timeout=5) as smtp:
        code, _banner = smtp.noop()
    assert code == 250


def test_two_sinks_get_different_ports_and_stop_releases_the_port(db_path: Path) -> None:
    first, second = SmtpSink(db_path), SmtpSink(db_path)
    with first, second:
        assert first.address[1] != second.address[1]
        port = first.address[1]
    with pytest.raises(RuntimeError, match="not running"):
        _ = first.address
    # Stopped means closed: the port can be bound again at once, and nothing answers on it.
    again = SmtpSink(db_path, port=port)
    assert again.start() == ("127.0.0.1", port)
    again.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def test_start_twice_and_missing_schema_are_clear_errors(sink: SmtpSink, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        sink.start()
    with pytest.raises(RuntimeError, match="init_schema"):
        SmtpSink(tmp_path / "missing.sqlite3").start()


def test_the_message_is_stored_before_the_server_answers(sink: SmtpSink, db_path: Path) -> None:
    message_id = send(sink)
    conn = db.connect(db_path)
    try:
        row = conn.execute("SELECT * FROM mail_message").fetchone()
    finally:
        conn.close()
    assert row["message_id"] == message_id.strip("<>")
    assert row["sender"] == "no-reply@billing.goto.com"
    assert row["recipients"] == '["mario.rossi@example.it"]'
    assert row["subject"] == IT_SUBJECT
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", row["created_at"])
    assert row["size"] == len(row["raw"])
    assert row["is_read"] == 0
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,}", row["id"])


def test_concurrent_senders_are_all_stored_while_readers_read(sink: SmtpSink, app: Flask) -> None:
    senders, per_sender = 8, 4
    stop_reading = threading.Event()
    reader_errors: list[str] = []

    def read_while_sending() -> None:
        reader = app.test_client()
        while not stop_reading.is_set():
            response = reader.get(f"{API}/messages", query_string={"limit": 0})
            body = response.get_json()
            if response.status_code != 200 or body["count"] != body["total"]:
                reader_errors.append(response.get_data(as_text=True))

    def send_batch(n: int) -> list[str]:
        return [
            send(sink, to=f"buyer{n}@example.com", subject=f"Order {n}-{i} – è", text=f"order {n}-{i}")
            for i in range(per_sender)
        ]

    readers = [threading.Thread(target=read_while_sending) for _ in range(2)]
    for reader in readers:
        reader.start()
    try:
        with ThreadPoolExecutor(max_workers=senders) as pool:
            sent = [mid for batch in pool.map(send_batch, range(senders)) for mid in batch]
    finally:
        stop_reading.set()
        for reader in readers:
            reader.join()

    assert reader_errors == []
    body = messages(app.test_client(), limit=0)
    assert body["total"] == body["count"] == senders * per_sender
    assert {s["MessageID"] for s in body["messages"]} == {mid.strip("<>") for mid in sent}
    assert len({s["ID"] for s in body["messages"]}) == senders * per_sender


def test_a_message_that_cannot_be_stored_is_refused_with_451(sink: SmtpSink, db_path: Path) -> None:
    conn = db.connect(db_path)
    try:
        conn.execute("DROP TABLE mail_message")
    finally:
        conn.close()
    with pytest.raises(MailDeliveryError, match=r"451.*could not store"):
        send(sink)


# ---------------------------------------------------------------------------------------------
# send_mail


def test_send_mail_fails_clearly_when_nothing_listens() -> None:
    # A bound socket that does not listen: connections to its port are refused, and no one
    # else can take the port while the test runs.
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        port = blocker.getsockname()[1]
        with pytest.raises(MailDeliveryError, match=rf"127\.0\.0\.1:{port}.*ConnectionRefusedError") as info:
            send_mail(
                smtp_host="127.0.0.1", smtp_port=port, sender=SENDER, to="a@example.com",
                subject="s", text="t", html="<p>h</p>",
            )  # fmt: skip
    assert isinstance(info.value.__cause__, ConnectionRefusedError)


def test_send_mail_builds_multipart_alternative_utf8(sink: SmtpSink, client: FlaskClient) -> None:
    message_id = send(sink, subject=DE_SUBJECT, headers={"X-Order-Number": "ORD-2024-0001"})
    raw = client.get(f"{API}/message/latest/raw").get_data()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in parsed.iter_parts()] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parsed.iter_parts())
    assert parsed["Subject"] == DE_SUBJECT
    assert parsed["Message-ID"] == message_id
    assert re.fullmatch(r"<[^@<>]+@billing\.goto\.com>", message_id)
    assert parsed["Date"].datetime.tzinfo is not None
    assert parsed["X-Order-Number"] == "ORD-2024-0001"
    assert raw.isascii()  # RFC 2047 headers, quoted-printable bodies: no 8BITMIME needed


def test_send_mail_refuses_to_override_mime_headers(sink: SmtpSink) -> None:
    with pytest.raises(ValueError, match="Content-Type"):
        send(sink, headers={"Content-Type": "text/plain"})


# ---------------------------------------------------------------------------------------------
# Listing and reading


def test_list_has_mailpit_summary_fields(sink: SmtpSink, client: FlaskClient) -> None:
    message_id = send(sink)
    body = messages(client)
    assert body["total"] == body["unread"] == body["count"] == body["messages_count"] == 1
    assert body["messages_unread"] == 1
    assert body["start"] == 0
    assert body["tags"] == []
    (summary,) = body["messages"]
    assert summary["MessageID"] == message_id.strip("<>")
    assert summary["Read"] is False
    assert summary["From"] == {"Name": "GoTo Billing Center", "Address": "no-reply@billing.goto.com"}
    assert summary["To"] == [{"Name": "Mario Rossi", "Address": "mario.rossi@example.it"}]
    assert summary["Cc"] is None  # as Mailpit lists an absent Cc/Bcc
    assert summary["Bcc"] is None
    assert summary["ReplyTo"] == []
    assert summary["Subject"] == IT_SUBJECT
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", summary["Created"])
    assert summary["Tags"] == []
    assert summary["Username"] == ""
    assert summary["Attachments"] == 0
    assert summary["Size"] == len(client.get(f"{API}/message/{summary['ID']}/raw").get_data())
    # From the HTML, without the <style>, as Mailpit's snippet.
    assert summary["Snippet"] == "Grazie per il tuo ordine – è tutto pronto. Numero: 4711"


def test_list_is_newest_first_and_paginates(sink: SmtpSink, client: FlaskClient) -> None:
    for n in range(3):
        send(sink, subject=f"Order {n}")
    assert subjects(messages(client)) == ["Order 2", "Order 1", "Order 0"]
    page = messages(client, start=1, limit=1)
    assert subjects(page) == ["Order 1"]
    assert (page["start"], page["count"], page["total"], page["messages_count"]) == (1, 1, 3, 3)
    assert subjects(messages(client, limit=0)) == ["Order 2", "Order 1", "Order 0"]  # 0: no limit
    assert subjects(messages(client, start=5)) == []


def test_read_message_gives_text_html_and_utf8_and_marks_it_read(sink: SmtpSink, client: FlaskClient) -> None:
    message_id = send(
        sink,
        to="Jürgen Müller <juergen@example.de>, Mario Rossi <mario.rossi@example.it>",
        subject=DE_SUBJECT,
        text="Vielen Dank für Ihre Bestellung – Größe: groß.\nÜbersicht folgt.",
        html="<p>Vielen Dank für Ihre <b>Bestellung</b> – Größe: groß.</p>",
        headers={"Reply-To": "Support <support@goto.com>"},
    )
    (summary,) = messages(client)["messages"]

    response = client.get(f"{API}/message/{summary['ID']}")
    assert response.status_code == 200
    full = response.get_json()
    assert set(full) == MESSAGE_KEYS
    assert full["ID"] == summary["ID"]
    assert full["MessageID"] == message_id.strip("<>")
    assert full["Subject"] == DE_SUBJECT
    assert full["Text"] == "Vielen Dank für Ihre Bestellung – Größe: groß.\nÜbersicht folgt.\n"
    assert full["HTML"] == "<p>Vielen Dank für Ihre <b>Bestellung</b> – Größe: groß.</p>\n"
    assert full["From"] == {"Name": "GoTo Billing Center", "Address": "no-reply@billing.goto.com"}
    assert full["To"] == [
        {"Name": "Jürgen Müller", "Address": "juergen@example.de"},
        {"Name": "Mario Rossi", "Address": "mario.rossi@example.it"},
    ]
    assert full["Cc"] == full["Bcc"] == []
    assert full["ReplyTo"] == [{"Name": "Support", "Address": "support@goto.com"}]
    assert full["ReturnPath"] == "no-reply@billing.goto.com"  # the envelope sender, as Mailpit
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", full["Date"])
    assert full["Size"] == summary["Size"]
    assert full["Attachments"] == full["Inline"] == []
    assert full["Tags"] == []
    assert full["ListUnsubscribe"] == {"Header": "", "Links": [], "Errors": "", "HeaderPost": ""}

    body = messages(client)
    assert body["messages"][0]["Read"] is True
    assert (body["total"], body["unread"]) == (1, 0)


def test_latest_and_raw_source(sink: SmtpSink, client: FlaskClient) -> None:
    send(sink, subject="first")
    second_id = send(sink, subject=IT_SUBJECT)
    latest = client.get(f"{API}/message/latest").get_json()
    assert latest["MessageID"] == second_id.strip("<>")
    assert client.get(f"{API}/message/latest", query_string={"query": "subject:first"}).get_json()["Subject"] == "first"

    response = client.get(f"{API}/message/{latest['ID']}/raw")
    assert response.status_code == 200
    assert response.content_type == "text/plain; charset=utf-8"
    raw = response.get_data()
    assert raw.startswith(b"Return-Path: <no-reply@billing.goto.com>\r\n")
    assert f"Message-ID: {second_id}".encode() in raw
    assert email.message_from_bytes(raw, policy=email.policy.default)["Subject"] == IT_SUBJECT

    download = client.get(f"{API}/message/{latest['ID']}/raw", query_string={"dl": "1"})
    assert download.headers["Content-Disposition"] == f'attachment; filename="{latest["ID"]}.eml"'


def test_headers_are_go_mail_header_shaped(sink: SmtpSink, client: FlaskClient) -> None:
    message_id = send(sink, headers={"X-Order-Number": "ORD-7"})
    headers = client.get(f"{API}/message/latest/headers").get_json()
    assert headers["X-Order-Number"] == ["ORD-7"]
    assert headers["Message-Id"] == [message_id]  # Go's canonical key spelling
    assert headers["Return-Path"] == ["<no-reply@billing.goto.com>"]
    assert "=?utf-8?" in headers["Subject"][0]  # undecoded, as Go's mail.Header
    assert list(headers) == sorted(headers)


def test_envelope_recipients_missing_from_the_headers_become_bcc(sink: SmtpSink, client: FlaskClient) -> None:
    host, port = sink.address
    message = EmailMessage()
    message["From"] = "shop@example.com"
    message["To"] = "buyer@example.com"
    message["Subject"] = "hidden copy"
    message.set_content("body")
    with smtplib.SMTP(host, port, timeout=5) as smtp:
        smtp.send_message(message, to_addrs=["buyer@example.com", "Auditor@Example.com"])
    (summary,) = messages(client)["messages"]
    assert summary["Bcc"] == [{"Name": "", "Address": "Auditor@Example.com"}]
    # No Message-ID was sent: the sink adds one, as Mailpit does.
    assert summary["MessageID"].endswith("@mailbox.billing-mock")
    assert subjects(messages(client, "/search", query="bcc:auditor@example.com")) == ["hidden copy"]


def test_attachments_inline_parts_and_html_only_text(sink: SmtpSink, client: FlaskClient) -> None:
    host, port = sink.address
    pdf = b"%PDF-1.4 fake invoice \x00\xff"
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = "mario.rossi@example.it"
    message["Subject"] = "Fattura"
    message.set_content("<p>La tua fattura è allegata.</p>", subtype="html")
    message.add_related(b"\x89PNG fake", maintype="image", subtype="png", cid="<logo@goto>")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="fattura-4711.pdf")
    with smtplib.SMTP(host, port, timeout=5) as smtp:
        smtp.send_message(message)

    (summary,) = messages(client)["messages"]
    assert summary["Attachments"] == 1
    full = client.get(f"{API}/message/{summary['ID']}").get_json()
    assert full["Text"] == "La tua fattura è allegata."  # no text part: derived from the HTML
    (attachment,) = full["Attachments"]
    assert set(attachment) == ATTACHMENT_KEYS
    assert attachment["FileName"] == "fattura-4711.pdf"
    assert attachment["ContentType"] == "application/pdf"
    assert attachment["Size"] == len(pdf)
    assert attachment["Checksums"]["SHA256"] == hashlib.sha256(pdf).hexdigest()
    (inline,) = full["Inline"]
    assert (inline["ContentID"], inline["ContentType"]) == ("logo@goto", "image/png")

    part = client.get(f"{API}/message/{summary['ID']}/part/{attachment['PartID']}")
    assert part.status_code == 200
    assert part.mimetype == "application/pdf"
    assert part.get_data() == pdf
    assert 'filename="fattura-4711.pdf"' in part.headers["Content-Disposition"]
    html_part = client.get(f"{API}/message/{summary['ID']}/part/1.1")
    assert html_part.mimetype == "application/octet-stream"  # never rendered on this origin

    assert subjects(messages(client, "/search", query="has:attachment fattura-4711.pdf")) == ["Fattura"]


# ---------------------------------------------------------------------------------------------
# Search


@pytest.fixture
def three_mails(sink: SmtpSink) -> None:
    send(sink, to="Mario Rossi <mario.rossi@example.it>", subject=IT_SUBJECT)
    send(
        sink,
        to="Jürgen Müller <juergen@example.de>",
        subject=DE_SUBJECT,
        text="Ihre Lizenz für GoTo Connect ist aktiv.",
        html="<p>Ihre Lizenz für <b>GoTo Connect</b> ist aktiv.</p>",
    )
    send(
        sink,
        sender="Corporate Desk <corporate@billing.goto.com>",
        to="ap@acme.example.com",
        subject="Corporate request received",
        text="We will contact you about GoTo Connect.",
        html="<p>We will contact you about GoTo Connect.</p>",
    )


@pytest.mark.usefixtures("three_mails")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("to:mario.rossi@example.it", [IT_SUBJECT]),
        ("TO:MARIO.ROSSI@EXAMPLE.IT", [IT_SUBJECT]),
        ("to:müller", [DE_SUBJECT]),
        ("to:example.it", [IT_SUBJECT]),
        ("from:corporate@billing.goto.com", ["Corporate request received"]),
        ("from:no-reply@billing.goto.com", [DE_SUBJECT, IT_SUBJECT]),
        ('subject:"Conferma dell\'ordine"', [IT_SUBJECT]),
        ("subject:bestellbestätigung", [DE_SUBJECT]),
        ('subject:"größe der übersicht"', [DE_SUBJECT]),
        ("connect", ["Corporate request received", DE_SUBJECT]),
        ("GoTo connect lizenz", [DE_SUBJECT]),  # terms are ANDed
        ('"goto connect" nothing-like-this', []),
        ("connect -to:juergen@example.de", ["Corporate request received"]),
        ("connect !from:corporate", [DE_SUBJECT]),
        ("is:unread", ["Corporate request received", DE_SUBJECT, IT_SUBJECT]),
        ("is:read", []),
        ("tag:anything", []),
        ("4711", [IT_SUBJECT]),  # a word of the body
        ("mario.rossi", [IT_SUBJECT]),  # free words also match the address headers
        ("after:2000-01-01 before:2999-12-31", ["Corporate request received", DE_SUBJECT, IT_SUBJECT]),
        ("after:2999-01-01", []),
    ],
)
def test_search(client: FlaskClient, query: str, expected: list[str]) -> None:
    body = messages(client, "/search", query=query)
    assert subjects(body) == expected
    assert body["messages_count"] == body["count"] == len(expected)
    assert body["total"] == 3


@pytest.mark.usefixtures("three_mails")
def test_search_paginates_and_counts(client: FlaskClient) -> None:
    body = messages(client, "/search", query="from:billing.goto.com", start=1, limit=1)
    assert subjects(body) == [DE_SUBJECT]
    assert (body["start"], body["count"], body["messages_count"], body["total"]) == (1, 1, 3, 3)
    assert body["messages_unread"] == 3


# ---------------------------------------------------------------------------------------------
# Deleting


def test_delete_some_then_all(sink: SmtpSink, client: FlaskClient) -> None:
    for n in range(4):
        send(sink, subject=f"Order {n}")
    ids = {s["Subject"]: s["ID"] for s in messages(client)["messages"]}

    response = client.delete(f"{API}/messages", json={"IDs": [ids["Order 1"], ids["Order 3"], "unknown"]})
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "ok"
    assert response.mimetype == "text/plain"
    assert subjects(messages(client)) == ["Order 2", "Order 0"]

    assert client.delete(f"{API}/messages", json={"IDs": []}).status_code == 200
    assert messages(client)["total"] == 0

    send(sink, subject="again")
    assert client.delete(f"{API}/messages").get_data(as_text=True) == "ok"  # no body: all
    assert messages(client)["total"] == 0


@pytest.mark.usefixtures("three_mails")
def test_delete_search(client: FlaskClient) -> None:
    response = client.delete(f"{API}/search", query_string={"query": "from:no-reply@billing.goto.com"})
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "ok"
    assert subjects(messages(client)) == ["Corporate request received"]


# ---------------------------------------------------------------------------------------------
# Bad input: clear JSON errors, never a 500


@pytest.mark.parametrize("suffix", ["", "/raw", "/headers", "/part/1"])
def test_unknown_id_is_404(client: FlaskClient, suffix: str) -> None:
    assert_error(client.get(f"{API}/message/no-such-id{suffix}"), 404, "no-such-id")


def test_latest_of_an_empty_mailbox_is_404(client: FlaskClient) -> None:
    assert_error(client.get(f"{API}/message/latest"), 404, "empty")


def test_unknown_part_is_404(sink: SmtpSink, client: FlaskClient) -> None:
    send(sink)
    assert_error(client.get(f"{API}/message/latest/part/9.9"), 404, "9.9")


@pytest.mark.parametrize("path", ["/messages", "/search"])
@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"start": "abc"}, "start must be a whole number"),
        ({"start": "-1"}, "start must be from 0"),
        ({"limit": "1.5"}, "limit must be a whole number"),
        ({"limit": "-5"}, "limit must be from 0"),
        ({"limit": "9" * 40}, "limit must be from 0"),
    ],
)
def test_bad_start_or_limit_is_400(client: FlaskClient, path: str, params: dict[str, str], fragment: str) -> None:
    assert_error(client.get(API + path, query_string={"query": "x", **params}), 400, fragment)


@pytest.mark.parametrize("query", [None, "", "   "])
def test_search_without_query_is_400(client: FlaskClient, query: str | None) -> None:
    params = {} if query is None else {"query": query}
    assert_error(client.get(f"{API}/search", query_string=params), 400, "no search query")
    assert_error(client.delete(f"{API}/search", query_string=params), 400, "no search query")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b'["a"]', "JSON object"),
        (b'{"IDs": "abc"}', "list of message IDs"),
        (b'{"IDs": [1, 2]}', "list of message IDs"),
    ],
)
def test_bad_delete_body_is_400_and_deletes_nothing(
    sink: SmtpSink, client: FlaskClient, body: bytes, fragment: str
) -> None:
    send(sink)
    response = client.delete(f"{API}/messages", data=body, content_type="application/json")
    assert_error(response, 400, fragment)
    assert messages(client)["total"] == 1
