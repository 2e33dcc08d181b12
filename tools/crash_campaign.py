"""The crash campaign: kill -9 the mock while orders are placed, restart it on the same file, check.

Each round starts the mock as a real process (`MockServerProcess`), makes a few accounts with an
item in the cart, places their orders over HTTP at once, kills the process (SIGKILL) after a
random delay, starts it again on the same SQLite file and retries every Place Order with the
same checkout page (session, CSRF and checkout token). Then it checks that

- every account has exactly one order, whole: its line, its subscription, an empty cart;
- every order has exactly one email in the outbox, delivered, and the mailbox holds exactly one
  message with its Message-ID (none lost, none duplicated, none for an order that is not there).

The SMTP side takes turns: the embedded sink ("sink"), an external server that answers slowly
("slow"), and one that refuses each message the first times it is offered ("failing"), so the
outbox has to retry. `python -m tools.crash_campaign --kills 20` (bin/crash-campaign)
runs the whole campaign and prints its figures; `test_crash.py` runs a small one in the suite.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path
from typing import Any, Literal
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import OpenerDirector, Request

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from billing_e2e.control_api import ControlApi
from billing_e2e.mock_process import MockServer, MockServerProcess
from mock_server import db
from tools.sign_in import browser_like_opener, csrf_token

Smtp = Literal["sink", "slow", "failing"]
SMTP_MODES: tuple[Smtp, ...] = ("sink", "slow", "failing")
PASSWORD = "Crash-Passw0rd!"  # noqa: S105 (the test accounts' own password)
SLOW_SMTP_SECONDS = 0.4
# The failing server refuses each Message-ID this many times before it takes it.
REFUSALS_PER_MESSAGE = 2
DELIVERY_DEADLINE_SECONDS = 30.0
_TOKEN_RE = re.compile(r'name="checkout_token" value="([^"]+)"')
_ORDER_RE = re.compile(r"/orders/(BC-[0-9-]+)$")


class CampaignError(AssertionError):
    """A round ended inconsistent: the message says what was lost, duplicated or half done."""


@dataclass
class Round:
    smtp: Smtp
    kill_after: float
    orders_before_kill: int = 0
    answered_before_kill: int = 0
    pending_at_restart: int = 0
    smtp_deliveries: int = 0
    smtp_refusals: int = 0
    orders: int = 0
    emails: int = 0


@dataclass
class Figures:
    rounds: list[Round] = field(default_factory=list)

    def summary(self) -> str:
        by_mode = Counter(r.smtp for r in self.rounds)
        lines = [
            f"kills: {len(self.rounds)} ({', '.join(f'{mode} {by_mode[mode]}' for mode in SMTP_MODES)})",
            f"orders placed: {sum(r.orders for r in self.rounds)}, committed before a kill: "
            f"{sum(r.orders_before_kill for r in self.rounds)}, answered before a kill: "
            f"{sum(r.answered_before_kill for r in self.rounds)}",
            f"emails pending at a restart: {sum(r.pending_at_restart for r in self.rounds)}",
            f"emails in the mailbox: {sum(r.emails for r in self.rounds)} for {sum(r.orders for r in self.rounds)}"
            " orders: 0 lost, 0 duplicated",
            f"SMTP deliveries to the external servers (retries after a kill included): "
            f"{sum(r.smtp_deliveries for r in self.rounds if r.smtp != 'sink')}",
            f"refusals of the failing SMTP server, each retried: {sum(r.smtp_refusals for r in self.rounds)}",
        ]
        return "\n".join(lines)


# --- an external SMTP server that is slow or refuses ------------------------------------------


class _Recorder:
    """aiosmtpd handler: keeps the Message-IDs it accepted, in order (repeats included)."""

    def __init__(self, mode: Smtp) -> None:
        self.mode = mode
        self.accepted: list[str] = []
        self.refused: Counter[str] = Counter()
        self._lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        message_id = str(message_from_bytes(envelope.original_content or b"")["Message-ID"]).strip("<> ")
        with self._lock:
            if self.mode == "failing" and self.refused[message_id] < REFUSALS_PER_MESSAGE:
                self.refused[message_id] += 1
                return "451 4.3.0 Try again later"
        if self.mode == "slow":
            await asyncio.sleep(SLOW_SMTP_SECONDS)
        with self._lock:
            self.accepted.append(message_id)
        return "250 2.0.0 OK"


@contextmanager
def external_smtp(mode: Smtp) -> Iterator[tuple[_Recorder, int]]:
    recorder = _Recorder(mode)
    with socket.socket() as probe:  # a free port (aiosmtpd's Controller cannot start on port 0)
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield recorder, port
    finally:
        controller.stop()


# --- a browser over HTTP ----------------------------------------------------------------------


@dataclass
class Buyer:
    """One account's billing contact: signed in, on its checkout page (its form kept for the retry)."""

    email: str
    opener: OpenerDirector = field(default_factory=browser_like_opener)
    form: dict[str, str] = field(default_factory=dict)
    answer: str | None = None

    def open(self, url: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
        request = Request(url, data=urlencode(data).encode() if data is not None else None)  # noqa: S310
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read().decode()

    def sign_in_and_open_checkout(self, base: str) -> None:
        _status, _location, page = self.open(f"{base}/signin")
        status, _location, _body = self.open(
            f"{base}/signin", {"csrf_token": csrf_token(page), "email": self.email, "password": PASSWORD}
        )
        if status != 302:
            raise CampaignError(f"{self.email}: sign-in answered {status}")
        status, _location, page = self.open(f"{base}/checkout")
        token = _TOKEN_RE.search(page)
        if status != 200 or token is None:
            raise CampaignError(f"{self.email}: the checkout page answered {status} without a checkout token")
        self.form = {"csrf_token": csrf_token(page), "checkout_token": token.group(1)}

    def place_order(self, base: str) -> str:
        """Place Order; the order number it leads to. Raises OSError when the server is gone."""
        status, location, _body = self.open(f"{base}/checkout", self.form)
        number = _ORDER_RE.search(location)
        if status != 302 or number is None:
            raise CampaignError(f"{self.email}: Place Order answered {status} {location!r}")
        return number.group(1)

    def place_order_until_killed(self, base: str) -> None:
        try:
            self.answer = self.place_order(base)
        except (OSError, URLError, ConnectionError):
            self.answer = None  # the server died under the request: the retry will tell


# --- one round --------------------------------------------------------------------------------


def accounts_with_a_cart(control: ControlApi, round_no: int, count: int) -> list[Buyer]:
    """`count` self-service accounts, each with one item in its cart and a card on file."""
    buyers = []
    for n in range(count):
        email = f"crash.{round_no}.{n}.{random.randrange(10**9)}@example.test"
        control.create_account(
            {
                "kind": "self_service",
                "locale": "en",
                "currency": "EUR",
                "country": "IT",
                "users": [{"email": email, "password": PASSWORD, "full_name": "Emma Carter", "billing_contact": True}],
                "card_on_file": {"holder": "Emma Carter", "last4": "4242", "expiry": "12/39"},
                "cart": [
                    {
                        "kind": "new",
                        "product": "goto-resolve",
                        "tier": "standard",
                        "licenses": 2,
                        "frequency": "monthly",
                    }
                ],
            }
        )
        buyers.append(Buyer(email))
    return buyers


def _rows(database: Path, sql: str, *params: Any) -> list[sqlite3.Row]:
    conn = db.connect(database)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _orders_of(database: Path, emails: Sequence[str]) -> dict[str, list[sqlite3.Row]]:
    found: dict[str, list[sqlite3.Row]] = {}
    for email in emails:
        found[email] = _rows(
            database,
            "SELECT o.* FROM purchase_order o JOIN user u ON u.account_id = o.account_id WHERE u.email = ?",
            email,
        )
    return found


def _await_delivery(database: Path) -> None:
    # The sender delivers in the background: polled with a deadline, the one place that must wait.
    deadline = time.monotonic() + DELIVERY_DEADLINE_SECONDS
    while _rows(database, "SELECT 1 FROM outbox WHERE delivered_at IS NULL LIMIT 1"):
        if time.monotonic() > deadline:
            left = _rows(database, "SELECT about, attempts, last_error FROM outbox WHERE delivered_at IS NULL")
            raise CampaignError(
                f"emails still undelivered after {DELIVERY_DEADLINE_SECONDS:.0f} s: {[dict(r) for r in left]}"
            )
        time.sleep(0.05)


def run_round(workdir: Path, round_no: int, smtp: Smtp, buyers_per_round: int, rng: random.Random) -> Round:
    result = Round(smtp, kill_after=round(rng.uniform(0.0, 0.25), 3))
    with external_smtp(smtp) if smtp != "sink" else _no_external() as external:
        extra = () if external is None else ("--smtp-host", "127.0.0.1", "--smtp-port", str(external[1]))
        process = MockServerProcess(workdir, extra_args=extra)
        server = process.start()
        try:
            buyers = accounts_with_a_cart(ControlApi(server.url, server.control_token), round_no, buyers_per_round)
            for buyer in buyers:
                buyer.sign_in_and_open_checkout(server.url)
            threads = [threading.Thread(target=b.place_order_until_killed, args=(server.url,)) for b in buyers]
            for thread in threads:
                thread.start()
            time.sleep(result.kill_after)  # a random moment of the campaign, not a wait for a result
            process.kill()
            for thread in threads:
                thread.join()
        finally:
            process.stop()
        emails = [b.email for b in buyers]
        result.answered_before_kill = sum(b.answer is not None for b in buyers)
        result.orders_before_kill = sum(len(o) for o in _orders_of(server.database, emails).values())
        result.pending_at_restart = len(_rows(server.database, "SELECT 1 FROM outbox WHERE delivered_at IS NULL"))
        restarted = process.start()
        try:
            numbers = {b.email: b.place_order(restarted.url) for b in buyers}
            for buyer in buyers:
                if buyer.answer is not None and buyer.answer != numbers[buyer.email]:
                    raise CampaignError(
                        f"{buyer.email}: answered {buyer.answer} before the kill, {numbers[buyer.email]} after"
                    )
            _await_delivery(restarted.database)
            _check(restarted, numbers, external[0] if external else None, result)
        finally:
            process.stop()
    return result


@contextmanager
def _no_external() -> Iterator[None]:
    yield None


def _check(server: MockServer, numbers: dict[str, str], external: _Recorder | None, result: Round) -> None:
    database = server.database
    for email, orders in _orders_of(database, list(numbers)).items():
        if [o["number"] for o in orders] != [numbers[email]]:
            raise CampaignError(f"{email}: orders {[o['number'] for o in orders]}, expected exactly {numbers[email]}")
        order = orders[0]
        lines = _rows(database, "SELECT * FROM order_line WHERE order_id = ?", order["id"])
        cart = _rows(database, "SELECT * FROM cart_item WHERE account_id = ?", order["account_id"])
        subscriptions = _rows(database, "SELECT * FROM subscription WHERE account_id = ?", order["account_id"])
        if (len(lines), len(cart), len(subscriptions)) != (1, 0, 1):
            raise CampaignError(
                f"{email}: order {order['number']} half done: {len(lines)} line(s), {len(cart)} cart item(s), "
                f"{len(subscriptions)} subscription(s)"
            )
        queued = _rows(database, "SELECT * FROM outbox WHERE about = ?", f"order {order['number']}")
        if len(queued) != 1 or queued[0]["delivered_at"] is None:
            raise CampaignError(f"{email}: order {order['number']} has {len(queued)} email(s) in the outbox")
        message_id = queued[0]["message_id"]
        if external is None:
            held = len(_rows(database, "SELECT 1 FROM mail_message WHERE message_id = ?", message_id))
        else:
            # A Mailpit with --ignore-duplicate-ids keeps one copy of what it was given again.
            held = min(external.accepted.count(message_id), 1)
        if held != 1:
            raise CampaignError(f"{email}: the mailbox holds {held} email(s) for order {order['number']}")
        result.emails += held
    result.orders = len(numbers)
    known = {r["message_id"] for r in _rows(database, "SELECT message_id FROM outbox")}
    received = (
        set(external.accepted)
        if external
        else {r["message_id"] for r in _rows(database, "SELECT message_id FROM mail_message")}
    )
    if stray := received - known:
        raise CampaignError(f"the mailbox holds emails of no order: {sorted(stray)}")
    if external is not None:
        result.smtp_deliveries = len(external.accepted)
        result.smtp_refusals = sum(external.refused.values())


def run_campaign(
    kills: int, buyers_per_round: int = 4, seed: int | None = None, workdir: Path | None = None
) -> Figures:
    """`kills` rounds, the SMTP modes taking turns; raises CampaignError at the first inconsistency."""
    rng = random.Random(seed)
    figures = Figures()
    with tempfile.TemporaryDirectory(prefix="crash-campaign-") as scratch:
        base = workdir or Path(scratch)
        for round_no in range(kills):
            smtp = SMTP_MODES[round_no % len(SMTP_MODES)]
            # One file for the whole campaign: each restart finds the earlier rounds' state.
            figures.rounds.append(run_round(base / "mock", round_no, smtp, buyers_per_round, rng))
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bin/crash-campaign", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=21, help="rounds, each one kill -9 and one restart")
    parser.add_argument("--buyers", type=int, default=4, help="orders placed at once in each round")
    parser.add_argument("--seed", type=int, default=None, help="seed of the kill moments (default: random)")
    args = parser.parse_args(argv)
    if args.kills < 1 or args.buyers < 1:
        parser.error("--kills and --buyers must be at least 1")
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"crash campaign: {args.kills} kills, {args.buyers} orders each, seed {seed}", flush=True)
    try:
        figures = run_campaign(args.kills, args.buyers, seed)
    except CampaignError as error:
        print(f"INCONSISTENT: {error}", file=sys.stderr)
        return 1
    print(figures.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
