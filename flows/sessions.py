"""Starting a scenario signed in without the sign-in page.

Signing in is the subject of only a few scenarios (the "I sign in to ..." step, the failure paths
that sign in again after the session ended, the corporate account's landing); every other scenario
only needs to be signed in, and half a second of sign-in page in each of them checks nothing new.
So a scenario that merely starts signed in gets its session another way:

- on the bundled mock, the control API makes the session that signing in would have made
  (`POST /_control/accounts/{id}/sessions`: the same code path in the mock) and the browser gets
  its cookie;
- on a live target, the first scenario of an account signs in through the UI, and its cookies are
  kept for that account's next scenarios in this process; a kept session that no longer signs in
  (signed out, expired) is dropped, and the caller signs in through the UI again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from playwright.sync_api import BrowserContext

import flows
from billing_e2e.targets import Target
from pages import BillingCenterPage, CorporatePortalPage, SignInPage

if TYPE_CHECKING:
    # Playwright's own type for add_cookies' argument (not re-exported by playwright.sync_api).
    from playwright._impl._api_structures import SetCookieParam


@dataclass
class SignedInSessions:
    """Where a scenario's signed-in session comes from, for one target (one per test process)."""

    target: Target
    _kept: dict[str, list[SetCookieParam]] = field(default_factory=dict)

    def enter(
        self, sign_in_page: SignInPage, entry_url: str, account_id: int | None, email: str, password: str
    ) -> BillingCenterPage | CorporatePortalPage:
        """Open `entry_url` signed in as `email`: with a session made or kept for it, else (or when
        a kept one has ended) through the sign-in page."""
        cookies = self._cookies(account_id, email)
        if cookies is not None:
            sign_in_page.page.context.add_cookies(cookies)
            landing = flows.enter_signed_in(sign_in_page, entry_url)
            if not isinstance(landing, SignInPage):
                return landing
            if self.target.control is not None:
                raise AssertionError(
                    f"opening {entry_url} with the session the control API made for {email} led to the "
                    f"sign-in page at {sign_in_page.page.url}"
                )
            self._forget(email)  # a kept live session that has ended
        landing = flows.sign_in(sign_in_page.open(entry_url), email, password)
        self._keep(email, sign_in_page.page.context)
        return landing

    def _cookies(self, account_id: int | None, email: str) -> list[SetCookieParam] | None:
        """Cookies that make a browser signed in as `email`; None when the UI must sign in (a
        live account not signed in yet in this process)."""
        if self.target.control is not None and account_id is not None:
            made = self.target.control.create_session(account_id, email)
            return [
                {
                    "name": str(made["cookie"]),
                    "value": str(made["token"]),
                    "url": self.target.base_url,
                    "httpOnly": True,
                    "sameSite": "Lax",
                }
            ]
        kept = self._kept.get(email)
        return list(kept) if kept is not None else None

    def _keep(self, email: str, context: BrowserContext) -> None:
        """After signing in as `email` through the UI on a live target: keep the context's cookies."""
        if self.target.control is not None:
            return  # the mock makes a fresh session for every scenario
        self._kept[email] = [
            {
                "name": cookie["name"],
                "value": cookie["value"],
                "domain": cookie["domain"],
                "path": cookie["path"],
                "expires": cookie["expires"],
                "httpOnly": cookie["httpOnly"],
                "secure": cookie["secure"],
                "sameSite": cookie["sameSite"],
            }
            for cookie in context.cookies()
        ]

    def _forget(self, email: str) -> None:
        """A kept session that no longer signs in."""
        self._kept.pop(email, None)
