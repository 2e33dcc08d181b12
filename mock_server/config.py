"""Settings of one mock billing center process, checked once when it starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

LEGACY_BILLING_HOST = "billing.logmeininc.com"
_HOST_RE = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$")


class ConfigError(ValueError):
    """A setting the mock cannot start with; the message names the setting and the fix."""


@dataclass(frozen=True)
class Settings:
    database: Path
    # Where links and the legacy-host redirect point. None: the host the request came to.
    canonical_host: str | None = None
    legacy_hosts: tuple[str, ...] = (LEGACY_BILLING_HOST,)
    # None: start the embedded SMTP sink and serve its mailbox under /mailbox.
    smtp_host: str | None = None
    smtp_port: int | None = None
    mail_sender: str = "GoTo Billing Center <no-reply@billing.goto.com>"
    # The outbox retries an undelivered email after this long, doubled each time up to the max.
    mail_retry_first_seconds: float = 0.25
    mail_retry_max_seconds: float = 5.0
    test_mode: bool = False
    control_token: str | None = None
    session_lifetime: timedelta = field(default=timedelta(hours=12))
    # A visitor who has not signed in: its signed cookie (the CSRF token of the sign-in form and its
    # ?lang= choice; no row) is refused after this long.
    anonymous_session_lifetime: timedelta = field(default=timedelta(minutes=30))
    # Signs the anonymous visitor's cookie. None: the database's own (`db.stored_secret`), kept with
    # the state, so a sign-in form loaded before a restart still signs in after it.
    secret_key: bytes | None = field(default=None, repr=False)
    # The session and visitor cookies are Secure when this is set or the request came over HTTPS.
    secure_cookies: bool = False
    # Failed sign-ins within the window that throttle (429) an account (email) or a client (address).
    signin_failures_per_account: int = 5
    signin_failures_per_client: int = 20
    signin_failure_window: timedelta = field(default=timedelta(minutes=15))
    # Listening beyond loopback: the mailbox API needs this bearer token too (the control token by default).
    mailbox_token: str | None = None
    # scrypt costs ~0.1 s a user; a test server that makes an account per scenario may choose a
    # cheaper werkzeug method such as "pbkdf2:sha256:1000". Passwords are hashed either way.
    password_hash_method: str = "scrypt"  # noqa: S105 - a hashing method, not a password
    # Serve HTML without data-* attributes (the real Billing Center has none): see attributes.py.
    strip_test_attributes: bool = False
    # Product regressions to play from the start (test mode only): names of `defects.catalogue()`.
    defects: tuple[str, ...] = ()
    # Harmless releases to play from the start (test mode only): names of `harmless.catalogue()`.
    harmless: tuple[str, ...] = ()
    # A folder of more languages (<code>/language.toml, <code>/LC_MESSAGES/messages.po) besides the
    # package's own translations/: a test adds a made-up language with it (see languages.py).
    extra_translations: Path | None = None

    def __post_init__(self) -> None:
        if self.test_mode and not self.control_token:
            raise ConfigError("test mode needs a control token (--control-token or BILLING_MOCK_CONTROL_TOKEN)")
        if self.defects and not self.test_mode:
            raise ConfigError("--defect is only for test servers: add --test-mode")
        if self.harmless and not self.test_mode:
            raise ConfigError("--harmless is only for test servers: add --test-mode")
        if self.control_token is not None and len(self.control_token) < 16:
            raise ConfigError("the control token must be at least 16 characters long")
        if (self.smtp_host is None) != (self.smtp_port is None):
            raise ConfigError("give both --smtp-host and --smtp-port, or neither to use the embedded sink")
        if self.smtp_port is not None and not 0 < self.smtp_port < 65536:
            raise ConfigError(f"--smtp-port must be from 1 to 65535, not {self.smtp_port}")
        _name, address = parseaddr(self.mail_sender)
        if "@" not in address or "\n" in self.mail_sender or "\r" in self.mail_sender:
            raise ConfigError(f"--mail-sender must be an address or 'Name <address>', not {self.mail_sender!r}")
        for host in (self.canonical_host, *self.legacy_hosts):
            if host is not None and not _HOST_RE.match(host):
                raise ConfigError(f"not a host name (optionally with :port): {host!r}")
        if self.extra_translations is not None and not self.extra_translations.is_dir():
            raise ConfigError(f"--translations must be a folder of languages, but {self.extra_translations} is not one")
        if self.database.exists() and self.database.is_dir():
            raise ConfigError(f"--db must be a file, but {self.database} is a directory")
