"""The mailbox's search language: Mailpit's search syntax, as predicates over messages.

https://mailpit.axllent.org/docs/usage/search-filters/: words, "quoted phrases", from:/to:/cc:/
bcc:/reply-to:/addressed:, subject:, message-id:, is:read/unread, has:attachment(s)/inline(s),
after:/before: (ISO 8601 here, read in `zone` when they name none), larger:/smaller:, and a
leading - or ! to exclude. Terms are ANDed; a term Mailpit would ignore is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo

from .messages import Mail, clean

_Predicate = Callable[[Mail], bool]
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


def compile_search(query: str, zone: tzinfo) -> list[_Predicate]:
    """One predicate per term; a message matches when all do (terms are ANDed)."""
    predicates: list[_Predicate] = []
    for term in _split_query(query):
        if not clean(term):
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
            return _address_predicate((header,), clean(term[len(prefix) :]))
    if lower.startswith("addressed:"):
        return _address_predicate(("To", "From", "Cc", "Bcc", "Reply-To"), clean(term[10:]))
    if lower.startswith("subject:"):
        words = term[8:].casefold()
        return (lambda mail: words in mail.subject.casefold()) if words else None
    if lower.startswith("message-id:"):
        message_id = clean(term[11:])
        return (lambda mail: message_id in mail.message_id.casefold()) if message_id else None
    if lower.startswith("tag:"):
        return (lambda mail: False) if clean(term[4:]) else None  # this mailbox has no tags
    flags: dict[str, _Predicate] = {
        "is:read": lambda mail: mail.read,
        "is:unread": lambda mail: not mail.read,
        "is:tagged": lambda mail: False,
        "has:attachment": lambda mail: bool(mail.parts[0]),
        "has:attachments": lambda mail: bool(mail.parts[0]),
        "has:inline": lambda mail: bool(mail.parts[1]),
        "has:inlines": lambda mail: bool(mail.parts[1]),
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
    if lower.startswith("larger:") and (larger := _size_to_bytes(clean(term[7:]))) > 0:
        return lambda mail: mail.size > larger
    if lower.startswith("smaller:") and (smaller := _size_to_bytes(clean(term[8:]))) > 0:
        return lambda mail: mail.size < smaller
    words = clean(term)
    return lambda mail: words in mail.search_text


def _address_predicate(headers: tuple[str, ...], words: str) -> _Predicate | None:
    if not words:
        return None
    return lambda mail: any(words in mail.address_text(header) for header in headers)


def _created(mail: Mail) -> datetime:
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


def matching(mails: Iterable[Mail], query: str, zone: tzinfo) -> list[Mail]:
    """The messages the query finds, in the order given."""
    predicates = compile_search(query, zone)
    return [mail for mail in mails if all(predicate(mail) for predicate in predicates)]
