"""The mock's page text as a test expects to find it in the HTML, in any of its locales.

`tr` is a template's `_()`, `msg` an error message of `mock_server.messages`: each looks the text
up in the locale's catalog and escapes it the way the page does, so that a test can search the
HTML for it.
"""

from __future__ import annotations

from typing import Any

from markupsafe import escape

from mock_server.i18n import translations
from mock_server.messages import MESSAGES


def tr(locale: str, msgid: str, **variables: Any) -> str:
    """A template's `_()` as the page shows it: the catalog's text, the variables HTML-escaped."""
    text = translations(locale).gettext(msgid)
    return text % {k: escape(v) for k, v in variables.items()} if variables else text


def msg(locale: str, code: str, **variables: Any) -> str:
    """An error message of messages.py as the page shows it (escaped as a whole)."""
    text = translations(locale).gettext(MESSAGES[code])
    return str(escape(text % variables if variables else text))
