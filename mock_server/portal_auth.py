"""The Corporate Billing Portal's sign-in and Forgot Password? (article 008, "Having trouble?").

The portal at `/corp-billing` shows visitors who have not signed in a form with a User ID and a
password. Only billing contacts of corporate accounts have a portal User ID (`portal_login`);
the password is the user's own. A successful sign-in starts the same server-side session as the
Billing Center's sign-in (`auth.sign_in`) and shows the portal with the account.

- `POST /corp-billing/signin`: an empty User ID → "Enter your User ID." (422); a User ID no
  billing contact has → "Invalid User ID" (401); a known User ID with the wrong password →
  "Invalid User ID/password" (401). Failures are throttled like the Billing Center's (429).
- `GET|POST /corp-billing/forgot-password`: User ID → Submit. The answer is the same whether or
  not the User ID exists; for a billing contact a reset link goes to their email address (the
  outbox, over SMTP), at most `RESET_LINKS_PER_HOUR` an hour.
- `GET|POST /corp-billing/reset-password/<token>`: the link's page asks for the new password
  twice; saving it uses the link up, ends the user's sessions and sends them to sign in. A used,
  revoked (a newer link was sent), expired or forged link gets a page saying so (410 or 404).

The token is `<selector>.<secret>`, both random (`secrets`): the selector finds the row, the
secret's SHA-256 is all the database keeps, and it is compared with `hmac.compare_digest`. A link
works until the end of the day after it was sent, on the account's clock (so the control API's
clock expires it; to a real user that is at least 24 hours).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import timedelta

from flask import Blueprint, current_app, g, redirect, render_template, request, url_for
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response as BaseResponse

from . import notifications, store
from .auth import dummy_hash, record_signin_failure, sign_in, throttled_for, too_many_failures
from .clock import account_today, utc_now
from .config import Settings
from .corporate import render_portal
from .data import portal, sessions
from .db import get_db, transaction
from .i18n import N_, current_language, gettext, is_language
from .messages import message

bp = Blueprint("portal_auth", __name__, url_prefix="/corp-billing")
log = logging.getLogger(__name__)

# The link works on the day it is sent and the next one (the account's today).
RESET_LINK_EXTRA_DAYS = 1
# More requests than this an hour send no further email (the answer stays the same).
RESET_LINKS_PER_HOUR = 3
PASSWORD_MIN = 8  # as the control API's users
PASSWORD_MAX = 128
USER_ID_MAX = 64
_SELECTOR_BYTES = 12
_SECRET_BYTES = 32

# The article's own error texts, English as the product shows them.
INVALID_USER_ID = N_("Invalid User ID")
INVALID_USER_ID_PASSWORD = N_("Invalid User ID/password")


def _settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def _user_id_field() -> str:
    return request.form.get("user_id", "").strip()[:USER_ID_MAX]


# --- sign-in ------------------------------------------------------------------------------------


def _failure_key(login_id: str) -> str:
    """Whose failed sign-ins these are (`auth`'s throttle): the User ID, apart from the emails."""
    return f"portal:{login_id.casefold()}"


@bp.post("/signin")
def sign_in_submit() -> BaseResponse | tuple[str, int] | tuple[str, int, dict[str, str]]:
    login_id = _user_id_field()
    password = request.form.get("password", "")
    if not login_id:
        return render_portal({"user_id": "", "error": message("user_id_missing")}, 422)
    account_key, client_key = _failure_key(login_id), request.remote_addr or "unknown"
    wait = throttled_for(account_key, client_key)
    if wait is not None:
        html, status = render_portal({"user_id": login_id, "error": too_many_failures(wait)}, 429)
        return html, status, {"Retry-After": str(wait)}
    conn = get_db()
    user_id = portal.owner_of_login_id(conn, login_id)
    stored = portal.password_hash(conn, user_id) if user_id is not None else None
    # Enumeration trade-off, on purpose: the article shows the product tells "Invalid User ID" (no
    # billing contact has it) from "Invalid User ID/password" (the password is wrong), so the mock
    # does too, and a visitor can learn which User IDs exist. The throttle above bounds how fast;
    # Forgot Password? adds nothing to it (same answer either way). Both paths still cost one hash
    # check, so at least the timing says no more than the words.
    password_ok = check_password_hash(stored or dummy_hash(_settings().password_hash_method), password)
    user = store.get_user(conn, user_id) if user_id is not None else None
    if user is None or not password_ok:
        record_signin_failure(account_key, client_key)
        error = gettext(INVALID_USER_ID if user is None else INVALID_USER_ID_PASSWORD)
        return render_portal({"user_id": login_id, "error": error}, 401)
    with transaction():
        sessions.forget_signin_failures(conn, account_key=account_key)
        sign_in(user)
    return redirect(url_for("corporate.portal"))


# --- Forgot Password? ---------------------------------------------------------------------------


def _hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@bp.get("/forgot-password")
def forgot_password() -> str:
    return render_template("corporate/forgot_password.html", user_id="", problem=None, sent=False)


@bp.post("/forgot-password")
def forgot_password_submit() -> tuple[str, int]:
    login_id = _user_id_field()
    if not login_id:
        page = render_template(
            "corporate/forgot_password.html", user_id="", problem=message("user_id_missing"), sent=False
        )
        return page, 422
    message_id = _queue_reset_link(login_id)
    notifications.deliver(_settings(), message_id)
    # The same page whether or not the User ID exists (see sign_in_submit on enumeration).
    return render_template("corporate/forgot_password.html", user_id=login_id, problem=None, sent=True), 200


def _queue_reset_link(login_id: str) -> str:
    """A new reset link for the billing contact with this User ID, its email queued; its
    Message-ID, or "" when there is no such billing contact or they asked too often."""
    conn = get_db()
    with transaction(conn):
        user_id = portal.owner_of_login_id(conn, login_id)
        user = store.get_user(conn, user_id) if user_id is not None else None
        if user is None or not user.is_billing_contact:
            return ""
        now = utc_now()
        if portal.reset_links_sent_since(conn, user.id, now - timedelta(hours=1)) >= RESET_LINKS_PER_HOUR:
            log.warning("user %s asked for more than %d reset links an hour", user.id, RESET_LINKS_PER_HOUR)
            return ""
        today = account_today(conn, user.account_id)
        valid_until = today + timedelta(days=RESET_LINK_EXTRA_DAYS)
        selector, secret = secrets.token_urlsafe(_SELECTOR_BYTES), secrets.token_urlsafe(_SECRET_BYTES)
        portal.insert_reset_link(
            conn,
            selector=selector,
            secret_sha256=_hash_secret(secret),
            user_id=user.id,
            requested_on=today,
            valid_until=valid_until,
            now=now,
        )
        link = url_for("portal_auth.reset_password", token=f"{selector}.{secret}", _external=True)
        stored_login = portal.login_ids(conn, user.account_id).get(user.id, login_id)
        try:
            return notifications.send_password_reset(
                _settings(), user, stored_login, link, valid_until, f"password reset {selector}"
            )
        except notifications.NotificationError:
            log.exception("password reset email for user %s was not queued", user.id)
            return ""


# --- the reset link -----------------------------------------------------------------------------


class LinkRefusedError(Exception):
    """A reset link that does not work (any more): the page that says why, with its status."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code


@bp.errorhandler(LinkRefusedError)
def link_refused(error: LinkRefusedError) -> tuple[str, int]:
    return render_template("corporate/reset_link_refused.html", reason=message(error.code)), error.status


def _working_link(token: str) -> portal.ResetLink:
    """The link the token names, if it still works; else LinkRefusedError says why."""
    selector, _, secret = token.partition(".")
    link = portal.reset_link(get_db(), selector) if selector and secret else None
    # Constant time: how much of a forged secret is right never shows in the answer's timing.
    if link is None or not hmac.compare_digest(_hash_secret(secret).encode(), link.secret_sha256.encode()):
        raise LinkRefusedError(404, "reset_link_invalid")
    user = store.get_user(get_db(), link.user_id)
    if user is None:
        raise LinkRefusedError(404, "reset_link_invalid")
    _speak_the_language_of(user)  # only once the secret is right: a forger learns nothing of the user
    if link.used:
        raise LinkRefusedError(410, "reset_link_used")
    if link.revoked:
        raise LinkRefusedError(410, "reset_link_replaced")
    if account_today(get_db(), user.account_id) > link.valid_until:
        raise LinkRefusedError(410, "reset_link_expired")
    return link


def _speak_the_language_of(user: store.User) -> None:
    """A link's pages are in its owner's language, as its email was, unless the visitor chose one."""
    chose = is_language(request.args.get("lang")) or (g.visitor is not None and g.visitor["lang"] is not None)
    if not chose:
        g.lang = user.locale


def _password_problem(password: str, confirmation: str) -> str | None:
    if not password:
        return message("password_missing")
    if len(password) < PASSWORD_MIN:
        return message("password_too_short", limit=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        return message("password_too_long", limit=PASSWORD_MAX)
    if password != confirmation:
        return message("password_mismatch")
    return None


def _reset_page(token: str, link: portal.ResetLink, problem: str | None) -> str:
    return render_template(
        "corporate/reset_password.html",
        token=token,
        valid_until=link.valid_until,
        problem=problem,
        password_min=PASSWORD_MIN,
        password_max=PASSWORD_MAX,
    )


@bp.get("/reset-password/<token>")
def reset_password(token: str) -> str:
    link = _working_link(token)
    return _reset_page(token, link, None)


@bp.post("/reset-password/<token>")
def reset_password_submit(token: str) -> BaseResponse | tuple[str, int]:
    link = _working_link(token)
    password = request.form.get("password", "")
    problem = _password_problem(password, request.form.get("password_confirmation", ""))
    if problem is not None:
        return _reset_page(token, link, problem), 422
    new_hash = generate_password_hash(password, method=_settings().password_hash_method)
    conn = get_db()
    with transaction(conn):
        # Checked again in the write transaction: of two submits racing, one saves, one is refused.
        if not portal.use_reset_link(conn, link.id, utc_now()):
            raise LinkRefusedError(410, "reset_link_used")
        portal.set_password_hash(conn, link.user_id, new_hash)
        # Whoever knew the old password is signed out everywhere.
        sessions.delete_user_sessions(conn, link.user_id)
        # The failed tries with the old password no longer count: the new one signs in at once.
        user = store.get_user(conn, link.user_id)
        if user is not None:
            login_id = portal.login_ids(conn, user.account_id).get(user.id)
            for key in (user.email.casefold(), _failure_key(login_id) if login_id else None):
                if key is not None:
                    sessions.forget_signin_failures(conn, account_key=key)
    if g.session is not None and g.session["user_id"] == link.user_id:
        g.session = None
        g.user = None
    # In the language of the page the password was chosen on (it sticks, as a ?lang= choice does).
    return redirect(url_for("corporate.portal", reset="done", lang=current_language()))
