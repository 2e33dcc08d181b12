"""Signing in to the mock as a browser does: load /signin, send its CSRF token with the form.

`csrf_token` reads the token of a page's form; `browser_like_opener` is a urllib opener that keeps
cookies and does not follow redirects (so a test sees each answer); `sign_in_over_http` signs in
to a running server with one. The Flask test-client tests sign in through
`tests/mock_server/conftest.sign_in`, which uses the same `csrf_token`.
"""

from __future__ import annotations

import re
from html import unescape
from http.cookiejar import CookieJar
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, HTTPRedirectHandler, OpenerDirector, Request, build_opener

_CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "the page has no form with a CSRF token"
    return unescape(match.group(1))


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def browser_like_opener() -> OpenerDirector:
    """Cookies kept, redirects answered but not followed."""
    return build_opener(HTTPCookieProcessor(CookieJar()), _NoRedirect)


def sign_in_over_http(base: str, email: str, password: str) -> tuple[int, str]:
    """Submit the sign-in form of the server at `base`; (status, Location) of the answer."""
    opener = browser_like_opener()
    with opener.open(f"{base}/signin", timeout=10) as page:
        token = csrf_token(page.read().decode("utf-8"))
    form = urlencode({"csrf_token": token, "email": email, "password": password}).encode()
    try:
        with opener.open(Request(f"{base}/signin", data=form, method="POST"), timeout=10) as answer:  # noqa: S310
            return answer.status, ""
    except HTTPError as error:
        with error:
            return error.code, error.headers.get("Location", "")
