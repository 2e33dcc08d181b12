"""What a page offers a reader, as the article check compares it: roles and accessible names.

A stop of a walk is recorded from Playwright's ARIA snapshot of the page (`locator.aria_snapshot()`,
the accessibility tree as YAML): every element's role and accessible name, and the text of the
page's text nodes, headings, terms and paragraphs. That is what a reader (or a screen reader)
finds on the page, so a label "exists" exactly when an element of the snapshot carries it.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page

from .model import UiElement, UiState
from .timings import Timings

# `- role "name" [attr] [attr]: text`, or `- role: text`, or `- text: text`; a line may be
# quoted as a whole by the YAML writer when it holds a colon.
_LINE_RE = re.compile(
    r'^(?P<role>[a-z][a-z-]*)(?: "(?P<name>(?:[^"\\]|\\.)*)")?(?P<attrs>(?: \[[^\]]*\])*)(?::(?: (?P<text>.*))?)?$'
)
_ESCAPE_RE = re.compile(r"\\(.)")
SCREENSHOT_SUFFIX = ".jpg"
SCREENSHOT_QUALITY = 85
"""JPEG at full size and this quality: legible labels, and about 40% less time a stop than PNG
(measured on the five articles' walks: 0.13 against 0.19 s a full-page screenshot), the largest
part of a stop's own cost."""
# Properties of an element, not elements (`/url: /billing`, `/placeholder: ...`).
_PROPERTY_PREFIX = "/"


def _unquote_yaml(value: str) -> str:
    """A YAML scalar as written by Playwright: plain, 'single' ('' escapes ') or "double"."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _ESCAPE_RE.sub(r"\1", value[1:-1])
    return value


def _clean(text: str) -> str:
    return " ".join(text.split())


def parse_aria_snapshot(snapshot: str) -> tuple[UiElement, ...]:
    """Roles and names of an ARIA snapshot, in document order, each (role, name) once.

    Named elements give (role, name); text content (`- paragraph: ...`, `- text: ...`,
    `- definition: ...`) gives (role, text), so look-at labels that are plain text are found too.
    """
    seen: set[tuple[str, str]] = set()
    elements: list[UiElement] = []
    for raw in snapshot.splitlines():
        line = raw.strip()
        if not line.startswith("- "):
            continue
        line = _unquote_yaml(line[2:])
        if line.startswith(_PROPERTY_PREFIX):
            continue
        match = _LINE_RE.match(line)
        if match is None:
            continue
        role = match.group("role")
        for value in (match.group("name"), match.group("text")):
            if value is None:
                continue
            text = _clean(_ESCAPE_RE.sub(r"\1", value) if value is match.group("name") else _unquote_yaml(value))
            if text and (role, text) not in seen:
                seen.add((role, text))
                elements.append(UiElement(role, text))
    return tuple(elements)


def page_title(page: Page) -> str:
    """The page's level-1 heading (the first), or its document title when it has none."""
    heading = page.get_by_role("heading", level=1)
    if heading.count():
        return _clean(heading.first.inner_text())
    return _clean(page.title())


def capture(
    page: Page,
    *,
    walk: str,
    name: str,
    screenshot: Path,
    report_root: Path,
    next_action: UiElement | None = None,
    not_clicked: bool = False,
    timings: Timings | None = None,
) -> UiState:
    """Record the page as it is now: its title, address, elements, and a full-page screenshot (JPEG:
    `screenshot` ends in SCREENSHOT_SUFFIX)."""
    timed = timings or Timings()
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    with timed.span("screenshot", walk):
        page.screenshot(path=screenshot, full_page=True, type="jpeg", quality=SCREENSHOT_QUALITY)
    with timed.span("aria_snapshot", walk):
        elements = parse_aria_snapshot(page.locator("body").aria_snapshot())
        title = page_title(page)
    return UiState(
        walk=walk,
        name=name,
        title=title,
        url=page.url,
        elements=elements,
        screenshot=screenshot.relative_to(report_root).as_posix(),
        next_action=next_action,
        not_clicked=not_clicked,
    )
