"""How a harmless release changes the mock: response transformations installed once, each off
until activated.

A harmless release changes markup and timing, never the product's rules, so its patches act on
what the app sends, not on its functions:

- `PageEdit`: each page of the product (an HTML answer with a `<main>`; not a redirect, not the
  Order Summary fragment the page fetches, not the mailbox's or the control API's answers) parsed with BeautifulSoup,
  changed by a function of the parsed page and its language, and served again. A parser, not
  string replacement: the edits move, copy and wrap elements, which text edits cannot do safely.
- `StylesheetEdit`: billing.css served with its selectors rewritten (class names renamed with
  the markup, so the page looks the same).
- `Delay`: every request for a page or a fragment answered later (a slower release).

Whether a release is active is read from the app of the request (`is_active`), as for defects.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup
from flask import Flask, Response, request

from ..defects import core

EXTENSION = "harmless"
NOT_PAGES = ("/_control/", "/mailbox/", "/static/", "/healthz")
"""Paths whose answers are not the product's pages: the harness's APIs and the static files."""

PageFunction = Callable[[BeautifulSoup, str], None]
"""Changes a parsed page in place; the second argument is its language (`<html lang>`)."""


def is_active(name: str) -> bool:
    """Whether the app serving this request has the harmless release `name` on."""
    return core.is_active(name, EXTENSION)


@dataclass(frozen=True)
class PageEdit:
    """Every full HTML page the app serves, changed by `edit` while the release is active."""

    edit: PageFunction

    def install(self, app: Flask, release: str) -> None:
        edit = self.edit

        def harmless_page_edit(response: Response) -> Response:
            if not is_active(release) or response.mimetype != "text/html" or request.path.startswith(NOT_PAGES):
                return response
            if response.direct_passthrough or response.is_streamed or 300 <= response.status_code < 400:
                return response
            soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
            # Not a page of the product: a fragment (the live Order Summary, which the page's own
            # edit covers) or a stock body such as a redirect's.
            if soup.html is None or soup.body is None or soup.find("main") is None:
                return response
            lang = soup.html.get("lang")
            edit(soup, lang if isinstance(lang, str) else "en")
            response.set_data(str(soup))
            return response

        harmless_page_edit.__name__ = f"harmless_page_edit_{release}"
        app.after_request(harmless_page_edit)


@dataclass(frozen=True)
class StylesheetEdit:
    """The static file `filename` (a stylesheet) served with its text changed by `edit`."""

    filename: str
    edit: Callable[[str], str]

    def install(self, app: Flask, release: str) -> None:
        path = f"/static/{self.filename}"
        edit = self.edit

        def harmless_stylesheet_edit(response: Response) -> Response:
            if not is_active(release) or request.path != path or response.status_code != 200:
                return response
            stream = response.response
            response.direct_passthrough = False  # send_file's stream, read here to be rewritten
            text = edit(response.get_data(as_text=True))
            if hasattr(stream, "close"):
                stream.close()
            response.set_data(text)
            # Not the original's validators: a browser must not keep the product's stylesheet.
            response.headers.pop("ETag", None)
            response.headers.pop("Last-Modified", None)
            response.headers["Cache-Control"] = "no-store"
            return response

        harmless_stylesheet_edit.__name__ = f"harmless_stylesheet_edit_{release}"
        app.after_request(harmless_stylesheet_edit)


@dataclass(frozen=True)
class Delay:
    """Every page and fragment answered `low`..`high` seconds later (static files and the
    harness's APIs as fast as ever: the release is a slower product, not a slower harness)."""

    low: float
    high: float

    def install(self, app: Flask, release: str) -> None:
        low, high = self.low, self.high

        def harmless_delay() -> None:
            if is_active(release) and not request.path.startswith(NOT_PAGES):
                # The mock plays a slower server here; the tests themselves never sleep.
                time.sleep(random.uniform(low, high))  # noqa: S311 - latency, not a secret

        harmless_delay.__name__ = f"harmless_delay_{release}"
        app.before_request(harmless_delay)
