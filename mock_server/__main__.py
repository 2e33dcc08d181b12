"""`python -m mock_server`: serve the mock billing center with waitress.

    python -m mock_server --port 8000 --db var/billing-mock.sqlite3 --seed demo

The first line on stdout is machine-readable, for a harness that starts the server on port 0:

    READY url=http://127.0.0.1:PORT mailbox=http://127.0.0.1:PORT/mailbox smtp=127.0.0.1:SMTPPORT

(`mailbox=none` when mail goes to an external SMTP server given by --smtp-host/--smtp-port.)
A human-readable banner follows. Bad arguments or settings (a translations folder the mock cannot
use, see `languages`) print `error: <message>` to stderr
and exit 2 before anything is written; Ctrl-C or SIGTERM stop the server and exit 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import NoReturn

from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from . import create_app, db, defects, harmless, i18n, outbox
from .config import LEGACY_BILLING_HOST, ConfigError, Settings
from .mailbox import SmtpSink
from .seed import DEMO_PASSWORD, demo_table_markdown, seed_demo
from .store import DEFAULT_PASSWORD_HASH, FAST_PASSWORD_HASH

DEFAULT_DB = Path("var/billing-mock.sqlite3")
TOKEN_ENV = "BILLING_MOCK_CONTROL_TOKEN"  # noqa: S105 - the name of the variable, not a token
MAILBOX_TOKEN_ENV = "BILLING_MOCK_MAILBOX_TOKEN"  # noqa: S105 - the name of the variable, not a token
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_THREADS = 256

log = logging.getLogger("mock_server")


class UsageError(Exception):
    """A command line the mock cannot start with: exit status 2."""


class StartError(Exception):
    """The server could not start (port taken, database unreadable...): exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m mock_server",
        description="The mock GoTo Billing Center, served with waitress.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on; 0 picks a free port")
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help="SQLite file; created when missing, kept on restart"
    )
    parser.add_argument(
        "--seed", choices=("demo", "none"), default="none", help="demo: add the demo accounts (idempotent)"
    )
    parser.add_argument(
        "--smtp-host", default=None, help="SMTP server for outgoing mail (default: start the embedded sink)"
    )
    parser.add_argument("--smtp-port", type=int, default=None, help="port of --smtp-host")
    parser.add_argument(
        "--mail-sender",
        default=Settings.mail_sender,
        help="the From of every email: a display name and an address, or an address",
    )
    parser.add_argument("--test-mode", action="store_true", help="serve the test control API under /_control/")
    parser.add_argument(
        "--control-token",
        default=None,
        help=f"bearer token of the control API (default: ${TOKEN_ENV}); at least 16 characters",
    )
    parser.add_argument(
        "--mailbox-token",
        default=None,
        help=f"bearer token of the mailbox API, needed when --host is beyond loopback (default: ${MAILBOX_TOKEN_ENV},"
        " else the control token)",
    )
    parser.add_argument(
        "--secure-cookies",
        action="store_true",
        help="mark the session and visitor cookies Secure (for HTTPS behind a TLS proxy); HTTPS requests get it anyway",
    )
    parser.add_argument(
        "--canonical-host",
        default=None,
        help="host[:port] that links and the legacy-host redirect point to (default: the host of the request)",
    )
    parser.add_argument(
        "--legacy-host",
        action="append",
        default=None,
        metavar="HOST",
        help=f"host answered with a redirect to the canonical host; repeatable (default: {LEGACY_BILLING_HOST})",
    )
    parser.add_argument("--threads", type=int, default=8, help="waitress worker threads")
    parser.add_argument(
        "--fast-password-hashing",
        action="store_true",
        help="hash passwords with a cheap method (test servers that create an account per scenario); needs --test-mode",
    )
    parser.add_argument(
        "--strip-test-attributes",
        action="store_true",
        help="serve HTML without data-* attributes, as the real Billing Center (page objects must not need them)",
    )
    parser.add_argument(
        "--defect",
        action="append",
        default=[],
        metavar="NAME",
        help="play this product regression from the start (see GET /_control/defects); repeatable; needs --test-mode",
    )
    parser.add_argument(
        "--harmless",
        action="append",
        default=[],
        metavar="NAME",
        help="play this harmless release (markup, timing) from the start (see GET /_control/harmless);"
        " repeatable; needs --test-mode",
    )
    parser.add_argument(
        "--translations",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder of more languages besides the mock's own: <code>/language.toml and"
        " <code>/LC_MESSAGES/messages.po each (see mock_server/languages.py)",
    )
    return parser


def settings_from(args: argparse.Namespace, environ: dict[str, str]) -> Settings:
    """The settings the arguments ask for; raises UsageError or ConfigError, and writes nothing."""
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535 (0: pick a free port), not {args.port}")
    if not 1 <= args.threads <= MAX_THREADS:
        raise UsageError(f"--threads must be from 1 to {MAX_THREADS}, not {args.threads}")
    if not args.host.strip():
        raise UsageError("--host must not be empty")
    if args.fast_password_hashing and not args.test_mode:
        raise UsageError("--fast-password-hashing is only for test servers: add --test-mode")
    if args.defect and not args.test_mode:
        raise UsageError("--defect is only for test servers: add --test-mode")
    if unknown := [name for name in args.defect if name not in defects.names()]:
        raise UsageError(f"--defect: {defects.unknown_message(unknown)}")
    if args.harmless and not args.test_mode:
        raise UsageError("--harmless is only for test servers: add --test-mode")
    if unknown := [name for name in args.harmless if name not in harmless.names()]:
        raise UsageError(f"--harmless: {harmless.unknown_message(unknown)}")
    token = args.control_token
    if token is None and args.test_mode:
        token = environ.get(TOKEN_ENV) or None
    mailbox_token = None
    if args.host not in LOOPBACK_HOSTS and args.smtp_host is None:
        # Beyond loopback anyone on the network could read the mailbox (sign-in links, orders).
        mailbox_token = args.mailbox_token or environ.get(MAILBOX_TOKEN_ENV) or token
        if not mailbox_token:
            raise UsageError(
                f"--host {args.host} is beyond loopback: the mailbox API needs a token"
                f" (--mailbox-token or ${MAILBOX_TOKEN_ENV}, or --test-mode with a control token)"
            )
        if len(mailbox_token) < 16:
            raise UsageError("the mailbox token must be at least 16 characters long")
    return Settings(
        database=args.db,
        canonical_host=args.canonical_host,
        legacy_hosts=tuple(host.lower() for host in args.legacy_host) if args.legacy_host else (LEGACY_BILLING_HOST,),
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        mail_sender=args.mail_sender,
        test_mode=args.test_mode,
        control_token=token,
        password_hash_method=FAST_PASSWORD_HASH if args.fast_password_hashing else DEFAULT_PASSWORD_HASH,
        strip_test_attributes=args.strip_test_attributes,
        secure_cookies=args.secure_cookies,
        mailbox_token=mailbox_token,
        defects=tuple(dict.fromkeys(args.defect)),
        harmless=tuple(dict.fromkeys(args.harmless)),
        extra_translations=args.translations,
    )


def _url_host(host: str) -> str:
    """The host part of a URL that reaches a server listening on `host`."""
    if host in ("", "0.0.0.0"):  # noqa: S104 - recognising the wildcard, not binding to it
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _listen_address(server: MultiSocketServer | BaseWSGIServer) -> tuple[str, int]:
    if isinstance(server, MultiSocketServer):
        return server.effective_listen[0][0], int(server.effective_listen[0][1])
    name = server.getsockname()
    return name[0], int(name[1])


def _stop_on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    # waitress's run() treats SystemExit like Ctrl-C: it stops the loop and the worker threads.
    raise SystemExit(0)


def serve(settings: Settings, host: str, port: int, threads: int, seed: str) -> None:
    """Create the schema, start the SMTP sink, seed, and serve until stopped."""
    try:
        db.init_schema(settings.database)
    except sqlite3.DatabaseError as error:
        raise StartError(f"--db {settings.database}: {error}") from error
    sink: SmtpSink | None = None
    sender: outbox.Sender | None = None
    server: MultiSocketServer | BaseWSGIServer | None = None
    try:
        if settings.smtp_host is None:
            sink = SmtpSink(settings.database, host="127.0.0.1", port=0)
            smtp_host, smtp_port = sink.start()
            settings = dataclasses.replace(settings, smtp_host=smtp_host, smtp_port=smtp_port)
        app = create_app(settings)
        assert settings.smtp_host is not None
        assert settings.smtp_port is not None
        sender = outbox.Sender(
            settings.database,
            outbox.Smtp(settings.smtp_host, settings.smtp_port),
            outbox.Backoff(settings.mail_retry_first_seconds, settings.mail_retry_max_seconds),
        )
        app.extensions[outbox.EXTENSION] = sender
        sender.start()
        accounts = []
        if seed == "demo":
            conn = db.connect(settings.database)
            try:
                accounts = seed_demo(conn)
            finally:
                conn.close()
        try:
            server = create_server(app, host=host, port=port, threads=threads, ident="billing-mock")
        except OSError as error:
            raise StartError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
        bound_host, bound_port = _listen_address(server)
        base = f"http://{_url_host(bound_host)}:{bound_port}"
        mailbox = f"{base}/mailbox" if sink is not None else "none"
        smtp = f"{settings.smtp_host}:{settings.smtp_port}"
        lines = [
            f"READY url={base} mailbox={mailbox} smtp={smtp}",
            f"Mock billing center: {base}/",
            f"Mailbox API (Mailpit-shaped): {base}/mailbox/api/v1/messages"
            if sink is not None
            else f"Mailbox: not used, mail goes to the SMTP server {smtp}",
            f"SMTP: {smtp}" + (" (embedded sink)" if sink is not None else ""),
            f"Control API: on, {base}/_control/ (OpenAPI: {base}/_control/openapi.json)"
            if settings.test_mode
            else "Control API: off (start with --test-mode to turn it on)",
            f"Database: {settings.database}",
            f"Languages: {', '.join(i18n.languages())}"
            + (f" (with {settings.extra_translations})" if settings.extra_translations else ""),
        ]
        if settings.defects:
            lines.append(f"Defects active: {', '.join(settings.defects)}")
        if settings.harmless:
            lines.append(f"Harmless releases active: {', '.join(settings.harmless)}")
        if accounts:
            lines += [
                "",
                f"Demo sign-ins (every password: {DEMO_PASSWORD}):",
                "",
                demo_table_markdown(accounts),
            ]
        lines.append("Press Ctrl-C to stop.")
        print("\n".join(lines), flush=True)
        server.run()
    finally:
        if server is not None:
            server.close()
        if sender is not None:
            sender.stop()
        if sink is not None:
            sink.stop()
        log.info("stopped")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        settings = settings_from(args, dict(os.environ))
        # Every language's files are read and compiled now: a bad folder is a usage error, not a traceback.
        i18n.use_languages(settings.extra_translations)
    except (UsageError, ConfigError) as error:
        print(f"error: {error}", file=sys.stderr)
        print("Run `python -m mock_server --help` for the options.", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-connection chatter
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        serve(settings, args.host, args.port, args.threads, args.seed)
    except (KeyboardInterrupt, SystemExit):
        return 0
    except (StartError, OSError, sqlite3.Error, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
