"""An email read as a reader reads it: as a whole message (who sent it, to whom, its subject and
language, as a mail client shows them: `ExpectedHeaders`), and its labelled facts ("User licenses:
8"), from its text part and from its HTML part, each on its own.

A confirmation email states its facts as label and value: lines `Label: value` in the text part
(the facts of one product indented under the product's name), table rows `<th>Label</th><td>value</td>`
and `<strong>Label:</strong> value` in the HTML part (the facts of one product in the table after
its `<h2>`). Steps look a fact up by the label the harness's vocabulary gives it and compare its
value as what it is (a count as a number, money as an amount, a date as a date), never by searching
the body for a substring.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from email.utils import parseaddr
from html.parser import HTMLParser
from typing import Literal, TypeVar

from billing_e2e.formats import FormatError, find_long_dates, format_money, parse_count, parse_long_date, parse_money
from billing_e2e.mailboxes import MailMessage
from pages.vocabulary import Vocabulary

Part = Literal["text", "HTML"]
T = TypeVar("T")
_SPACES = re.compile(r"\s+")
_MAX_LABEL_WORDS = 10  # a label is short; a sentence with a colon in it is not a fact


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def normalize_label(label: str) -> str:
    """How labels are compared: white space collapsed, a final colon dropped, case folded."""
    return _squash(label).rstrip(":").strip().casefold()


class MissingFactError(AssertionError):
    """The email does not state a fact, or a product, the step looks for; the message lists what it does."""


@dataclass(frozen=True)
class FactSheet:
    """The facts one part of an email states: the general ones, and those of each section (product)."""

    part: Part
    general: Mapping[str, str]
    sections: Mapping[str, Mapping[str, str]]

    def section(self, name: str) -> FactSheet:
        """The facts stated under `name` (a product), as a sheet of their own."""
        for heading, facts in self.sections.items():
            if normalize_label(heading) == normalize_label(name):
                return FactSheet(self.part, facts, {})
        raise MissingFactError(
            f"the email's {self.part} part states nothing under {name!r}; its sections: {list(self.sections)}"
        )

    def fact(self, label: str) -> str:
        """The value stated for `label`."""
        wanted = normalize_label(label)
        for shown, value in self.general.items():
            if normalize_label(shown) == wanted:
                return value
        raise MissingFactError(f"the email's {self.part} part states no {label!r}; it states {list(self.general)}")


def _add(facts: dict[str, str], label: str, value: str) -> None:
    label, value = _squash(label).rstrip(":").strip(), _squash(value)
    if label and len(label.split()) <= _MAX_LABEL_WORDS:
        facts.setdefault(label, value)


def text_facts(text: str) -> FactSheet:
    """The facts of a plain-text part: `Label: value` lines; a line that is not a fact starts a
    section, and the indented fact lines below it are that section's."""
    general: dict[str, str] = {}
    sections: dict[str, dict[str, str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        indented = raw[:1].isspace()
        label, colon, value = _squash(raw).partition(": ")
        if colon and value:
            if indented and current is not None:
                _add(sections.setdefault(current, {}), label, value)
            else:
                current = None
                _add(general, label, value)
        elif not indented:
            current = _squash(raw)
    return FactSheet("text", general, {name: facts for name, facts in sections.items() if facts})


class _HtmlFacts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.general: dict[str, str] = {}
        self.sections: dict[str, dict[str, str]] = {}
        self._heading: list[str] | None = None
        self._section: str | None = None  # the product whose table comes next
        self._in_table = False
        self._cell: Literal["th", "td"] | None = None
        self._row: dict[str, list[str]] = {}
        self._strong: list[str] | None = None
        self._pending: tuple[str, list[str]] | None = None  # a <strong>Label:</strong> and its value

    def _facts(self) -> dict[str, str]:
        return self.sections.setdefault(self._section, {}) if self._section is not None else self.general

    def _close_pending(self) -> None:
        if self._pending is not None:
            label, value = self._pending
            _add(self.general, label, "".join(value))
            self._pending = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._heading = []
        elif tag == "table":
            self._in_table = True
        elif tag == "tr":
            self._row = {"th": [], "td": []}
        elif tag in ("th", "td") and self._in_table:
            self._cell = "th" if tag == "th" else "td"
        elif tag == "strong" and not self._in_table:
            self._close_pending()
            self._strong = []
        elif tag in ("br", "p"):
            self._close_pending()

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._heading is not None:
            self._section = _squash("".join(self._heading))
            self._heading = None
        elif tag in ("th", "td"):
            self._cell = None
        elif tag == "tr" and self._in_table:
            _add(self._facts(), "".join(self._row.get("th", [])), "".join(self._row.get("td", [])))
        elif tag == "table":
            self._in_table = False
            self._section = None  # only the first table after a heading is that product's
        elif tag == "strong" and self._strong is not None:
            label = _squash("".join(self._strong))
            self._strong = None
            if label.endswith(":"):
                self._pending = (label, [])
        elif tag == "p":
            self._close_pending()

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        elif self._cell is not None:
            self._row[self._cell].append(data)
        elif self._strong is not None:
            self._strong.append(data)
        elif self._pending is not None:
            self._pending[1].append(data)


def html_facts(html: str) -> FactSheet:
    """The facts of an HTML part: table rows, and `<strong>Label:</strong> value` in paragraphs; a
    product's facts are the rows of the table after its `<h2>`."""
    parser = _HtmlFacts()
    parser.feed(html)
    parser.close()
    return FactSheet("HTML", parser.general, {name: facts for name, facts in parser.sections.items() if facts})


def fact_sheets(message: MailMessage) -> tuple[FactSheet, FactSheet]:
    """The facts of the message's text part and of its HTML part; a part that is missing or states
    no fact fails (an email must carry both)."""
    sheets = (text_facts(message.text), html_facts(message.html))
    empty = [sheet.part for sheet in sheets if not sheet.general and not sheet.sections]
    if empty:
        raise MissingFactError(f"the email {message.subject!r} has no {' and no '.join(empty)} part stating its facts")
    return sheets


class FactCheck:
    """Compares the facts of one sheet with expected values, each as what it is, and collects every
    difference (so a failure lists them all, part by part). Labels are the vocabulary's."""

    def __init__(self, sheet: FactSheet, vocab: Vocabulary) -> None:
        self.sheet = sheet
        self.vocab = vocab
        self.problems: list[str] = []

    def _value(self, key: str) -> str | None:
        try:
            return self.sheet.fact(self.vocab[key])
        except MissingFactError as missing:
            self.problems.append(str(missing))
            return None

    def _differs(self, key: str, shown: object, expected: object) -> None:
        if shown != expected:
            self.problems.append(
                f"the email's {self.sheet.part} part states {self.vocab[key]!r} {shown}, expected {expected}"
            )

    def _parsed(self, key: str, parse: Callable[[str], T]) -> T | None:
        value = self._value(key)
        if value is None:
            return None
        try:
            return parse(value)
        except FormatError as error:
            self.problems.append(f"the email's {self.sheet.part} part states {self.vocab[key]!r} {value!r}: {error}")
            return None

    def text(self, key: str, expected: str) -> None:
        value = self._value(key)
        if value is not None:
            self._differs(key, repr(value), repr(expected))

    def count(self, key: str, expected: int) -> None:
        shown = self._parsed(key, lambda value: parse_count(value, self.vocab.locale))
        if shown is not None:
            self._differs(key, shown, expected)

    def money(self, key: str, expected: Decimal, currency: str | None) -> None:
        """The amount as a number; with `currency`, also written as the locale writes it."""
        shown = self._parsed(key, lambda value: parse_money(value, self.vocab.locale))
        if shown is None:
            return
        self._differs(key, shown, expected)
        if currency and shown == expected:
            written = format_money(expected, currency, self.vocab.locale)
            self._differs(key, repr(_squash(self._value(key) or "")), repr(_squash(written)))

    def long_date(self, key: str, expected: date) -> None:
        shown = self._parsed(key, lambda value: parse_long_date(value, self.vocab.locale))
        if shown is not None:
            self._differs(key, shown.isoformat(), expected.isoformat())

    def long_dates(self, key: str, expected: tuple[date, ...]) -> None:
        """A fact that states several dates (a billing period: start and end)."""
        shown = self._parsed(key, lambda value: tuple(find_long_dates(value, self.vocab.locale)))
        if shown is not None:
            self._differs(key, [day.isoformat() for day in shown], [day.isoformat() for day in expected])


def require_facts(checks: list[FactCheck]) -> None:
    """Fail with every difference the checks found, if any."""
    problems = [problem for check in checks for problem in check.problems]
    if problems:
        raise AssertionError("the email does not state what was done:\n  - " + "\n  - ".join(problems))


@dataclass(frozen=True)
class ExpectedHeaders:
    """An email as a whole, as a mail client lists it: its subject, sender, recipient and language.

    A subject is compared whole (white space collapsed, case kept): one garbled word in one
    language is a defect a reader sees first, and a search by a part of the subject misses it.
    """

    subject: str
    to: str
    language: str | None
    """A language code ("it"); None where the target's emails are not known to state one."""
    sender: str | None
    """"Name <address>"; None where the harness does not know the target's sender (not compared)."""


def header_differences(message: MailMessage, expected: ExpectedHeaders) -> list[str]:
    """Every way the message's decoded headers differ from `expected`; empty when none does."""
    found: list[str] = []
    if _squash(message.subject) != _squash(expected.subject):
        found.append(f"subject {message.subject!r}, expected {expected.subject!r}")
    if tuple(address.casefold() for address in message.to) != (expected.to.casefold(),):
        found.append(f"sent to {list(message.to)}, expected only {expected.to!r}")
    if expected.language is not None and message.language.casefold() != expected.language.casefold():
        found.append(f"Content-Language {message.language or '(none)'!r}, expected {expected.language!r}")
    if expected.sender is not None:
        name, address = parseaddr(expected.sender)
        if (message.sender_name, message.sender.casefold()) != (name, address.casefold()):
            shown = f"{message.sender_name} <{message.sender}>" if message.sender_name else message.sender
            found.append(f"from {shown!r}, expected {expected.sender!r}")
    return found


def require_headers(message: MailMessage, expected: ExpectedHeaders) -> None:
    """Fail with every header that differs from what the harness expects, if any."""
    differences = header_differences(message, expected)
    if differences:
        raise AssertionError(
            "the email, as a mail client shows it, is not the one expected:\n  - " + "\n  - ".join(differences)
        )
