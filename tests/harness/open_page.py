"""The type of the `open_page` fixture (tests/harness/conftest.py), for the tests' annotations:
`open_page(locale)` gives a new page in a browser context of its own, on the mock, in the
language's browser locale."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page

from billing_e2e.domain import Language

OpenPage = Callable[[Language], Page]
