"""What the addresses an article names do on the target: answer, redirect (to where), or fail.

Each address is opened in the browser, as a reader following the link would, so redirects,
status codes and the host mapping of the bundled mock behave as they do for a reader. On the mock,
an address keeps its host and path and gets the mock's port (`http://billing.goto.com:PORT/`); a
host the mock does not stand in for cannot be checked there.

- answers: the page loads (2xx) on the same host; a redirect within the host (the Billing Center's
  front door to its sign-in page) is still an answer;
- redirects: the page loads after a redirect to another host; the suggestion is the address with
  the host it ends on (`https://billing.logmeininc.com` → `https://billing.goto.com`);
- broken: 4xx/5xx or no answer; the suggestion is the most similar address that answers, from
  every address of every article (`.../corp-billingbilling` → `.../corp-billing`), when one is close.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page
from playwright.sync_api import Error as PlaywrightError

from billing_e2e.targets import Target

from .model import UrlCheck

URL_TIMEOUT_MS = 15_000
SIMILAR_ENOUGH = 0.8
"""How alike (difflib ratio) an answering address must be to a broken one to be suggested."""


def check_urls(browser: Browser, target: Target, urls: Iterable[str]) -> dict[str, UrlCheck]:
    """Check each distinct address once; suggestions for broken ones come from those that answer."""
    distinct = list(dict.fromkeys(urls))
    context = browser.new_context()
    context.set_default_navigation_timeout(URL_TIMEOUT_MS)
    try:
        page = context.new_page()
        checks = {url: _check(page, target, url) for url in distinct}
    finally:
        context.close()
    answering = [url for url, check in checks.items() if check.outcome == "answers"]
    for url, check in checks.items():
        if check.outcome == "broken":
            checks[url] = _with_suggestion(check, _closest(url, answering))
    return checks


def _check(page: Page, target: Target, url: str) -> UrlCheck:
    requested = target.request_url(url)
    if requested is None:
        host = urlsplit(url).hostname
        return UrlCheck(url, url, "not_checkable", detail=f"{target.kind} target does not answer for {host}")
    try:
        response = page.goto(requested, wait_until="domcontentloaded")
    except PlaywrightError as error:
        reason = str(error).splitlines()[0]
        return UrlCheck(url, requested, "broken", detail=f"no answer: {reason}")
    status = response.status if response is not None else None
    final = page.url
    if status is None or status >= 400:
        return UrlCheck(url, requested, "broken", status, final, f"answers with HTTP {status}")
    start_host = (urlsplit(requested).hostname or "").lower()
    end_host = (urlsplit(final).hostname or "").lower()
    if start_host == end_host:
        moved = urlsplit(final).path != (urlsplit(requested).path or "/")
        detail = f"HTTP {status}" + (f", via {urlsplit(final).path}" if moved else "")
        return UrlCheck(url, requested, "answers", status, final, detail)
    suggestion = _rehost(url, end_host)
    return UrlCheck(
        url,
        requested,
        "redirects",
        status,
        final,
        f"redirects to {target.article_form(final)}",
        suggestion,
    )


def _rehost(url: str, host: str) -> str:
    """The article's address on another host, its path kept: what the article should say."""
    parts = urlsplit(url)
    rest = url[len(f"{parts.scheme}://{parts.netloc}") :]
    return f"{parts.scheme}://{host}{rest}"


def _closest(url: str, answering: list[str]) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    same_host = [other for other in answering if (urlsplit(other).hostname or "").lower() == host]
    scored = sorted(
        ((difflib.SequenceMatcher(None, url.lower(), other.lower()).ratio(), other) for other in same_host),
        reverse=True,
    )
    if scored and scored[0][0] >= SIMILAR_ENOUGH:
        return scored[0][1]
    return None


def _with_suggestion(check: UrlCheck, suggestion: str | None) -> UrlCheck:
    return UrlCheck(
        check.url,
        check.requested,
        check.outcome,
        check.status,
        check.final_url,
        check.detail,
        suggestion,
    )
