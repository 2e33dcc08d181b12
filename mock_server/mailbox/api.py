"""The mailbox's REST API: Mailpit's `/api/v1` endpoints under `/mailbox/api/v1`.

Same endpoints, field names and JSON shapes as Mailpit's REST API v1, so one harness-side client
(`billing_e2e.mailboxes.MailpitMailbox`) reads this mailbox or a real Mailpit; the package's
docstring lists the endpoints and where this mailbox knowingly differs.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, tzinfo
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, current_app, request

from .. import db
from ..auth import bearer_problem
from ..config import Settings
from ..data import mail as mail_data
from .messages import Mail, content_id, json_text, payload_bytes
from .search import matching

API_PREFIX = "/mailbox/api/v1"
DEFAULT_LIMIT = 50  # Mailpit's default page size
MAX_PAGE_NUMBER = 2**31 - 1

bp = Blueprint("mailbox", __name__, url_prefix=API_PREFIX)


class MailboxApiError(Exception):
    """A request the mailbox API refuses; answered as JSON with its status code."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@bp.before_request
def require_token() -> Response | None:
    """A mock listening beyond loopback guards its mailbox with a bearer token (`Settings.mailbox_token`)."""
    settings: Settings | None = current_app.config.get("SETTINGS")  # a bare app serving only the mailbox has none
    if settings is None or settings.mailbox_token is None:
        return None
    detail = bearer_problem(settings.mailbox_token, "mailbox API", "mailbox token")
    if detail is None:
        return None
    response = _json({"Error": detail, "error": "Unauthorized", "detail": detail, "status": 401}, 401)
    response.headers["WWW-Authenticate"] = 'Bearer realm="billing mock mailbox API"'
    return response


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
    with db.snapshot(conn):
        total, unread = mail_data.count_mail(conn)
        page = mail_data.list_mail(conn, start, limit)
    messages = [Mail(stored).summary() for stored in page]
    return _json(_messages_summary(total, unread, start, messages, total, unread))


@bp.delete("/messages")
def delete_messages() -> Response:
    ids = _ids_from_body()
    conn = db.get_db()
    with db.transaction(conn):
        if ids:
            mail_data.delete_mail(conn, ids)
        else:
            mail_data.delete_all_mail(conn)
    return _ok()


@bp.get("/message/<string:message_id>")
def get_message(message_id: str) -> Response:
    conn = db.get_db()
    mail = _load(conn, message_id)
    body = mail.full()
    if not mail.read:
        with db.transaction(conn):
            mail_data.mark_read(conn, mail.id)
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
    file_name = part.get_filename() or content_id(part) or f"part-{part_id}"
    response = Response(payload_bytes(part), content_type=content_type)
    response.headers["Content-Disposition"] = f'{disposition}; filename="{quote(json_text(file_name))}"'
    return response


@bp.get("/search")
def search_messages() -> Response:
    query = _query()
    start, limit = _start_limit()
    conn = db.get_db()
    with db.snapshot(conn):
        total, unread = mail_data.count_mail(conn)
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
        mail_data.delete_mail(conn, [mail.id for mail in _search(conn, query)])
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


def _search(conn: sqlite3.Connection, query: str) -> list[Mail]:
    return matching((Mail(stored) for stored in mail_data.list_mail(conn)), query, _zone())


def _load(conn: sqlite3.Connection, message_id: str) -> Mail:
    if message_id == "latest":
        query = request.args.get("query", "").strip()
        if query:
            found = _search(conn, query)
            if not found:
                raise MailboxApiError(404, f"no message matches the search {query!r}")
            return found[0]
        newest = mail_data.list_mail(conn, 0, 1)
        if not newest:
            raise MailboxApiError(404, "the mailbox is empty: there is no latest message")
        return Mail(newest[0])
    stored = mail_data.get_mail(conn, message_id)
    if stored is None:
        raise MailboxApiError(404, f"no message with ID {message_id!r}")
    return Mail(stored)


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
