"""Serving pages without test-only attributes (`--strip-test-attributes`).

The real Billing Center marks nothing for tests, so a harness that passes against the mock must
not lean on markup only the mock has. With the option, every HTML page the app serves has its
`data-*` attributes (`data-testid` among them) removed before it leaves, and what a user sees,
every label and the accessibility tree stay as they were.

The rewrite is exact: Python's HTML tokenizer finds the start tags (it knows comments, and
<script>/<style> text, where a `data-` is only text), and only a tag with a test-only attribute
is written again; every other byte of the page is kept.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

from flask import Response, request

TEST_ATTRIBUTE_PREFIX = "data-"
# Not Billing Center pages: the control API and the Mailpit-shaped mailbox (mail as sent).
_NOT_PAGES = ("/_control/", "/mailbox/")


def is_test_attribute(name: str) -> bool:
    return name.lower().startswith(TEST_ATTRIBUTE_PREFIX)


class _TestAttributeFinder(HTMLParser):
    """Collects (offset, length, replacement) for each start tag that carries a test-only attribute."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.edits: list[tuple[int, int, str]] = []
        self._line_starts = [0]
        for index, char in enumerate(html):
            if char == "\n":
                self._line_starts.append(index + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._rewrite(attrs, closing=">")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._rewrite(attrs, closing=" />")

    def _rewrite(self, attrs: list[tuple[str, str | None]], closing: str) -> None:
        if not any(is_test_attribute(name) for name, _ in attrs):
            return
        raw = self.get_starttag_text() or ""
        line, column = self.getpos()  # where the tag starts: handlers run before the position moves on
        name = raw[1:].split(None, 1)[0].rstrip("/>")  # the tag's name as written
        kept = "".join(
            f" {attr}" if value is None else f' {attr}="{escape(value)}"'
            for attr, value in attrs
            if not is_test_attribute(attr)
        )
        self.edits.append((self._line_starts[line - 1] + column, len(raw), f"<{name}{kept}{closing}"))


def strip_test_attributes(html: str) -> str:
    """`html` without test-only attributes; unchanged (the same string) when it has none."""
    if TEST_ATTRIBUTE_PREFIX not in html.lower():
        return html
    finder = _TestAttributeFinder(html)
    finder.feed(html)
    finder.close()
    parts: list[str] = []
    position = 0
    for offset, length, replacement in finder.edits:
        parts += [html[position:offset], replacement]
        position = offset + length
    parts.append(html[position:])
    return "".join(parts)


def strip_from_response(response: Response) -> Response:
    """An after_request hook: remove test-only attributes from an HTML page of the Billing Center."""
    if response.mimetype != "text/html" or response.direct_passthrough or response.is_streamed:
        return response
    if request.path.startswith(_NOT_PAGES):
        return response
    html = response.get_data(as_text=True)
    stripped = strip_test_attributes(html)
    if stripped is not html:
        response.set_data(stripped)
    return response
