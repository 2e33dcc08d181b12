"""Which billing UI the harness drives: the bundled mock (started by the harness) or a live UI.

- `mock`: `python -m mock_server` in test mode on a free port with its own SQLite file; the
  browser reaches it under the articles' own host names (`domain.MOCK_HOSTS`, mapped by
  Chromium's host resolver), and every user of it makes its own accounts through the control API.
- `live`: a billing UI at a base URL the harness does not control (the real one, a staging copy,
  or the mock started by hand without its control API). Accounts come from the live-accounts file;
  nothing that buys runs unless purchases were explicitly allowed.

Used by the pytest plugin (`fixtures.targets`), the article check and the scripts alike.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from .chromium import host_resolver_rules
from .control_api import ControlApi
from .domain import BILLING_HOSTS, CURRENT_HOST, MOCK_HOSTS
from .live_accounts import LiveAccounts
from .mailboxes import Mailbox, MailpitMailbox, mailbox_from_url
from .mock_process import MAIL_SENDER, MockServer, MockServerProcess

TargetKind = Literal["mock", "live"]


class TargetError(Exception):
    """An address the target cannot answer for (the message says which and why)."""


class PurchaseRefusedError(Exception):
    """A step would buy something on a target where purchases were not allowed."""


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    base_url: str
    """What the browser opens for the Billing Center."""
    control: ControlApi | None
    """The mock's control API; None on a live target."""
    mailbox: Mailbox | None
    live_accounts: LiveAccounts | None
    purchases_allowed: bool
    host_resolver_rules: str | None = None
    """Chromium flag value that points the articles' hosts at the mock."""
    description: str = ""
    mail_sender: str | None = None
    """The From every email of the target carries ("Name <address>"); None where the harness does
    not set it up (a live target: its emails' sender is then reported as not checked)."""

    @property
    def is_mock(self) -> bool:
        return self.kind == "mock"

    @property
    def mock_port(self) -> int | None:
        return urlsplit(self.base_url).port if self.is_mock else None

    def entry_url(self, article_url: str) -> str:
        """Where the browser signs in for a Billing Center address an article names
        (https://billing.goto.com, https://billing.logmeininc.com): the same host on the bundled
        mock's port, or the live target's own address for the current host."""
        parts = urlsplit(article_url)
        if parts.hostname not in BILLING_HOSTS:
            raise TargetError(f"{article_url} is not a Billing Center address ({', '.join(sorted(BILLING_HOSTS))})")
        if self.is_mock:
            return f"http://{parts.hostname}:{self.mock_port}"
        if parts.hostname == CURRENT_HOST:
            return self.base_url
        if urlsplit(self.base_url).hostname == CURRENT_HOST:
            return article_url  # the real product: its legacy host is real too
        raise TargetError(
            f"the legacy host of {article_url} cannot be followed on {self.base_url}: only the bundled mock "
            "or the real billing.goto.com answer it"
        )

    def request_url(self, article_url: str) -> str | None:
        """What the browser opens for any address an article names; None where the target cannot
        answer for its host (the mock serves only `MOCK_HOSTS`). A live target opens it as written."""
        if not self.is_mock:
            return article_url
        parts = urlsplit(article_url)
        host = (parts.hostname or "").lower()
        if host not in MOCK_HOSTS:
            return None
        path = parts.path or "/"
        query = f"?{parts.query}" if parts.query else ""
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        return f"http://{host}:{self.mock_port}{path}{query}{fragment}"

    def article_form(self, opened_url: str) -> str:
        """An address the browser ended at, written as an article would (https, no mock port)."""
        if not self.is_mock:
            return opened_url
        parts = urlsplit(opened_url)
        path = "" if parts.path == "/" else parts.path
        query = f"?{parts.query}" if parts.query else ""
        return f"https://{parts.hostname}{path}{query}"

    def guard_purchase(self, what: str) -> None:
        """Refuse (PurchaseRefusedError) to `what` (e.g. "place an order for GoTo Webinar") unless
        this is the bundled mock or purchases were allowed."""
        if self.is_mock or self.purchases_allowed:
            return
        raise PurchaseRefusedError(
            f"purchase guard: not run beyond this point, because it would {what} on {self.base_url}; "
            "pass --allow-purchases to allow real orders on this target"
        )


def mock_target(server: MockServer) -> Target:
    """The Target of a started bundled mock."""
    return Target(
        kind="mock",
        base_url=f"http://{CURRENT_HOST}:{server.port}",
        control=ControlApi(server.url, server.control_token),
        # Beyond loopback the mock guards its mailbox with the control token (loopback ignores it).
        mailbox=MailpitMailbox(server.mailbox_url, token=server.control_token),
        live_accounts=None,
        purchases_allowed=True,
        # The browser resolves the articles' hosts to the address the mock listens on.
        host_resolver_rules=host_resolver_rules(MOCK_HOSTS, urlsplit(server.url).hostname or "127.0.0.1"),
        description=f"the bundled mock billing center ({server.url})",
        mail_sender=MAIL_SENDER,
    )


def live_target(
    base_url: str, accounts: LiveAccounts | None, *, mailbox_url: str | None = None, allow_purchases: bool = False
) -> Target:
    """A billing UI at `base_url` that the harness does not control."""
    return Target(
        kind="live",
        base_url=base_url.rstrip("/"),
        control=None,
        mailbox=mailbox_from_url(mailbox_url) if mailbox_url else None,
        live_accounts=accounts,
        purchases_allowed=allow_purchases,
        description=f"the live Billing Center at {base_url}",
    )


@contextmanager
def started_mock(workdir: Path | None = None, *, extra_args: tuple[str, ...] = ()) -> Iterator[Target]:
    """Start the bundled mock in test mode (in `workdir`, or a scratch folder removed afterwards)
    and yield its Target; stop it on the way out."""
    scratch = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="billing-e2e-mock-")) if workdir is None else workdir
    process = MockServerProcess(folder, extra_args=extra_args)
    try:
        yield mock_target(process.start())
    finally:
        process.stop()
        if scratch:
            shutil.rmtree(folder, ignore_errors=True)
